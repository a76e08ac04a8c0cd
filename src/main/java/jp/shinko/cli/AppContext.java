package jp.shinko.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import jp.shinko.ShinkoApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the Spring application for a command: with the web server, or without for batch work. */
final class AppContext {

    private AppContext() {
    }

    /** Blocks until the application is shut down (Ctrl-C runs Spring's shutdown hook). */
    static void awaitShutdown(ConfigurableApplicationContext context) {
        var closed = new java.util.concurrent.CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof org.springframework.context.event.ContextClosedEvent) {
                closed.countDown();
            }
        });
        context.registerShutdownHook();
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static ConfigurableApplicationContext start(Path dataDir, Integer port, String... extraProperties) {
        // Passed as command-line arguments: they outrank application.properties and the environment.
        var arguments = new ArrayList<String>();
        arguments.add("--shinko.data-dir=" + dataDir);
        if (port != null) {
            arguments.add("--server.port=" + port);
        }
        for (var property : extraProperties) {
            arguments.add("--" + property);
        }
        return new SpringApplicationBuilder(ShinkoApplication.class)
                .bannerMode(Banner.Mode.OFF)
                .web(port == null ? WebApplicationType.NONE : WebApplicationType.SERVLET)
                // A failed start is reported once, briefly, by FailureHandler; not as a logged stack trace.
                .properties("logging.level.org.springframework.boot.SpringApplication=OFF",
                        "logging.level.org.springframework.boot.diagnostics=OFF",
                        "logging.level.org.springframework.context=ERROR")
                .run(arguments.toArray(String[]::new));
    }
}
