package org.linli.api.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.linli.api.LinliApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** Starts the REST service (Spring Boot); Spring options such as {@code --server.port=8081} pass through. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Start the REST service (default port 8080; Swagger UI at /swagger-ui.html).")
final class ServeCommand implements Callable<Integer> {

    /** Spring Boot options such as {@code --server.port=8081} pass through untouched. */
    @Unmatched
    private List<String> springOptions = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        SpringApplication application = new SpringApplication(LinliApplication.class);
        application.addListeners(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        ConfigurableApplicationContext context = application.run(springOptions.toArray(String[]::new));
        // Stay in the foreground until the service shuts down (Ctrl+C or SIGTERM closes the context).
        if (context.isActive()) {
            closed.await();
        }
        return 0;
    }
}
