package dezero.cli;

import dezero.lang.library.Output;
import dezero.lang.library.PythonRuntime;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code dezero FILE.py [ARG...]} and {@code dezero -m MODULE [ARG...]}: run as {@code python3}
 * runs them, with everything after the program in {@code sys.argv}: its output, CPython's
 * traceback and exit status 1 on an uncaught error.
 */
final class PythonFile {
    /** Python programs get deep recursion room, as CPython's 1000 frames need. */
    private static final long STACK_BYTES = 512L * 1024 * 1024;

    private PythonFile() {}

    static boolean isPythonCommand(String[] args) {
        return args.length > 0 && (args[0].endsWith(".py") || args[0].equals("-m"));
    }

    static int main(String[] args, PrintWriter out, PrintWriter err) {
        return onPythonStack(new java.util.function.IntSupplier() {
            @Override
            public int getAsInt() {
                return args[0].equals("-m") ? module(args, out, err)
                    : file(args[0], Arrays.asList(args).subList(1, args.length), out, err);
            }
        }, out, err);
    }

    /** Runs {@code program} on a thread with room for Python's recursion; returns its exit status. */
    private static int onPythonStack(java.util.function.IntSupplier program, PrintWriter out, PrintWriter err) {
        int[] code = {0};
        Thread t = new Thread(null, new Runnable() {
            @Override
            public void run() {
                code[0] = program.getAsInt();
            }
        }, "python", STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.flush();
        err.flush();
        return code[0];
    }

    private static PythonRuntime runtime(List<String> argv, PrintWriter out, PrintWriter err) {
        return new PythonRuntime(Output.of(new java.util.function.Consumer<String>() {
            @Override
            public void accept(String v) {
                out.print(v);
            }
        }, new Runnable() {
            @Override
            public void run() {
                out.flush();
            }
        }), new Output() {
            @Override
            public void write(String text) {
                out.flush();
                err.print(text);
                err.flush();
            }
        }, argv);
    }

    private static int file(String name, List<String> args, PrintWriter out, PrintWriter err) {
        String source;
        try {
            source = Files.readString(Path.of(name), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("dezero: can't open file '" + Path.of(name).toAbsolutePath() + "': [Errno 2] No such file or directory");
            return 2;
        } catch (AccessDeniedException e) {
            err.println("dezero: can't open file '" + Path.of(name).toAbsolutePath() + "': [Errno 13] Permission denied");
            return 2;
        } catch (IOException e) {
            err.println("dezero: can't open file '" + name + "': " + e.getMessage());
            return 2;
        }
        String file = Path.of(name).toAbsolutePath().normalize().toString();
        List<String> argv = new ArrayList<>();
        argv.add(name);
        argv.addAll(args);
        return runtime(argv, out, err).runFile(file, source);
    }

    /** {@code python3 < FILE}: standard input as one program named {@code <stdin>}. */
    static int stdin(java.io.InputStream in, PrintWriter out, PrintWriter err) {
        String source;
        try {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("dezero: cannot read standard input: " + e.getMessage());
            return 1;
        }
        return onPythonStack(new java.util.function.IntSupplier() {
            @Override
            public int getAsInt() {
                return runtime(List.of("-"), out, err).runFile("<stdin>", source);
            }
        }, out, err);
    }

    private static int module(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length < 2) {
            err.println("Argument expected for the -m option");
            return 2;
        }
        if (!args[1].equals("unittest")) {
            err.println("dezero: -m runs only unittest (No module named " + args[1] + " to run as a script)");
            return 1;
        }
        List<String> argv = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
        argv.set(0, "python -m unittest");
        return runtime(argv, out, err).runTests(Arrays.asList(args).subList(2, args.length));
    }
}
