package jp.shinko.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code shinko version}: the version of this build and its runtime. */
@Command(name = "version", mixinStandardHelpOptions = true)
class VersionCommand implements Runnable {

    @Override
    public void run() {
        for (var line : new Provider().getVersion()) {
            System.out.println(line);
        }
    }

    /** Version lines for {@code --version} and {@code shinko version}. */
    static class Provider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            var version = ShinkoCli.class.getPackage().getImplementationVersion();
            return new String[] {
                "shinko " + (version == null ? "(development build)" : version),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
            };
        }
    }
}
