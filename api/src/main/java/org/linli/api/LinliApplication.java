package org.linli.api;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Linli Scheduler service: a Spring Boot application that solves weekly plans submitted over its REST API and
 * stores every problem, solution version and job state in its database. Start it with {@code serve} (or no argument).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LinliApplication {

    public static void main(String[] args) {
        SpringApplication.run(LinliApplication.class, serveArguments(args));
    }

    /** The arguments for Spring Boot: a leading {@code serve} command word is the default and is dropped. */
    static String[] serveArguments(String[] args) {
        if (args.length > 0 && args[0].equals("serve")) {
            return Arrays.copyOfRange(args, 1, args.length);
        }
        return args;
    }
}
