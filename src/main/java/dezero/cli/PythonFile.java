package dezero.cli;

import dezero.lang.library.PythonRuntime;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Runs a {@code .py} file as {@code python3 FILE} does: its output, CPython's traceback, exit 1 on error. */
final class PythonFile {
    private PythonFile() {}

    static boolean isPython(String name) {
        return name.endsWith(".py");
    }

    static int run(String name, List<String> args, PrintWriter out, PrintWriter err) {
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
        List<String> argv = new java.util.ArrayList<>();
        argv.add(name);
        argv.addAll(args);
        PythonRuntime python = new PythonRuntime(text -> out.print(text), text -> {
            out.flush();
            err.print(text);
            err.flush();
        }, argv);
        int code = python.runFile(name, source);
        out.flush();
        err.flush();
        return code;
    }
}
