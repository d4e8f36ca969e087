package dezero.cli;

import dezero.jupyter.ConnectionFile;
import dezero.jupyter.Json;
import dezero.jupyter.Kernel;
import dezero.jupyter.KernelSpec;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code dezero kernel -f FILE}: the Jupyter kernel on a client's connection file, until the client
 * shuts it down. {@code dezero kernel install [--user|--prefix DIR]}: writes the kernelspec that
 * starts it through this installation's launcher.
 */
@Command(name = "kernel", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Runs the Jupyter kernel (started by Jupyter with a connection file),",
            "or installs its kernelspec: dezero kernel install [--user|--prefix DIR]."},
        exitCodeOnInvalidInput = Main.EXIT_USAGE, exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "64:bad command line or connection file", "66:a file could not be read or written",
            "70:a port of the connection file cannot be listened on"},
        subcommands = KernelCommand.Install.class)
public final class KernelCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "-f", paramLabel = "FILE", description = "the connection file Jupyter wrote")
    private Path connectionFile;

    @Override
    public Integer call() throws InterruptedException {
        if (connectionFile == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '-f=FILE' (or 'install')");
        }
        ConnectionFile connection;
        try {
            connection = ConnectionFile.read(connectionFile);
        } catch (NoSuchFileException e) {
            spec.commandLine().getErr().println("dezero kernel: no such connection file: " + connectionFile);
            return Main.EXIT_FILE;
        } catch (IOException e) {
            spec.commandLine().getErr().println("dezero kernel: cannot read " + connectionFile + ": " + e.getMessage());
            return Main.EXIT_FILE;
        } catch (Json.JsonException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("dezero kernel: bad connection file " + connectionFile + ": "
                    + e.getMessage());
            return Main.EXIT_USAGE;
        }
        Kernel started;
        try {
            started = new Kernel(connection, System.err);
        } catch (IllegalStateException e) {
            spec.commandLine().getErr().println("dezero kernel: " + e.getMessage());
            return Main.EXIT_RUNTIME;
        }
        try (Kernel kernel = started.start()) {
            // A kernel whose notebook server died would otherwise run on, unseen, as ipykernel's parent poller knows.
            ProcessHandle.current().parent().ifPresent(p -> p.onExit().thenRun(
                    () -> kernel.stop("the process that started it (pid " + p.pid() + ") ended")));
            kernel.awaitShutdown();
        }
        return Main.EXIT_OK;
    }

    /** {@code dezero kernel install}: the kernelspec for the user (default) or under a prefix. */
    @Command(name = "install", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Installs the kernelspec 'dezero' (display name \"DeZero (Java)\") for Jupyter.",
            exitCodeOnInvalidInput = Main.EXIT_USAGE)
    static final class Install implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @ArgGroup(exclusive = true)
        private Where where;

        static final class Where {
            @Option(names = "--user", description = "in the user's Jupyter data directory (the default)")
            boolean user;

            @Option(names = "--prefix", paramLabel = "DIR", description = "in DIR/share/jupyter/kernels, "
                    + "as 'jupyter kernelspec install --prefix' (e.g. a virtualenv)")
            Path prefix;
        }

        @Override
        public Integer call() {
            Path kernels = where != null && where.prefix != null ? KernelSpec.prefixKernels(where.prefix)
                    : KernelSpec.userKernels(System.getenv(), System.getProperty("os.name"),
                            Path.of(System.getProperty("user.home")));
            try {
                Path dir = KernelSpec.install(kernels, launchCommand());
                spec.commandLine().getOut().println("installed the kernelspec '" + KernelSpec.NAME + "' ("
                        + KernelSpec.DISPLAY_NAME + ") in " + dir.toAbsolutePath());
                spec.commandLine().getOut().println("open a notebook and pick the kernel \"" + KernelSpec.DISPLAY_NAME
                        + "\", e.g. jupyter notebook scripts/demos/step15.ipynb");
                return Main.EXIT_OK;
            } catch (IOException e) {
                spec.commandLine().getErr().println("dezero kernel install: cannot write " + kernels + ": " + e);
                return Main.EXIT_FILE;
            }
        }
    }

    /**
     * How Jupyter should start this installation: the launcher {@code scripts/dezero} beside the jar's
     * {@code target/} (it rebuilds a stale jar), else this Java on this jar or class path.
     */
    static List<String> launchCommand() {
        Optional<Path> code = codeLocation();
        if (code.isPresent()) {
            Path root = code.get().toAbsolutePath().getParent();
            Path launcher = root == null || root.getParent() == null ? null
                    : root.getParent().resolve("scripts").resolve("dezero");
            if (launcher != null && Files.isExecutable(launcher)) {
                return List.of(launcher.toString());
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        if (code.isPresent() && code.get().toString().endsWith(".jar")) {
            return List.of(java, "-jar", code.get().toAbsolutePath().toString());
        }
        return List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName());
    }

    private static Optional<Path> codeLocation() {
        try {
            var source = KernelCommand.class.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }
}
