package jp.shinko.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code shinko serve}: the web app on the configured database. */
@Command(name = "serve", mixinStandardHelpOptions = true)
class ServeCommand implements Runnable {

    @Mixin
    DataDirectory dataDirectory;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", descriptionKey = "port")
    int port;

    @Override
    public void run() {
        var context = AppContext.start(dataDirectory.resolve(), port);
        FirstAdministratorNotice.print(context);
        System.out.println(CliMessages.get("serve.started", "http://localhost:" + port + "/",
                dataDirectory.resolve()));
        AppContext.awaitShutdown(context);
    }
}
