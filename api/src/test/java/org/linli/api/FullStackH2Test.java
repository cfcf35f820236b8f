package org.linli.api;

import org.springframework.boot.test.context.SpringBootTest;

/** The README session on the default database, H2. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:full-stack;DB_CLOSE_DELAY=-1",
            "linli.api.max-request-size=" + FullStackScenario.MAX_REQUEST_BYTES + "B"
        })
class FullStackH2Test extends FullStackScenario {}
