package dezero.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scripts/jshell itself, run as a teacher would, on target/dezero.jar built by the package phase. */
class JShellLauncherIT {
    private static final Path HOME = Path.of("").toAbsolutePath();

    private static String runLauncher(Path workingDirectory, String input, String... args)
            throws IOException, InterruptedException {
        String[] command = new String[args.length + 2];
        command[0] = "bash";
        command[1] = HOME.resolve("scripts/jshell").toString();
        System.arraycopy(args, 0, command, 2, args.length);
        Process process = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "scripts/jshell did not exit");
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    @Test
    void runsADemoFromAnotherDirectoryThenTheTeachersLinesAlsoAfterReset(@TempDir Path elsewhere)
            throws IOException, InterruptedException {
        String demo = HOME.resolve("scripts/demos/step16.jsh").toString();
        String input = """
                x.grad
                var t = variable(2.0); var a = square(t); var y = add(square(a), square(a)); y.backward(); t.grad
                /reset
                var v = variable(3.0); square(v).backward(); v.grad
                Function f = square(v).creator
                /exit
                """;
        String output = runLauncher(elsewhere, input, demo);
        // The demo's own line, then the teacher's: d(2 t^4)/dt = 8 t^3 = 64 at t = 2.
        assertTrue(output.contains("x.grad: variable(64.0)"), output);
        assertTrue(output.contains("==> variable(64.0)"), output);
        // After /reset the startup helpers are back: d(v^2)/dv = 2v = 6 at v = 3.
        assertTrue(output.contains("Resetting state."), output);
        assertTrue(output.contains("==> variable(6.0)"), output);
        assertTrue(output.contains("f ==> <Square gen=0>"), output);
        assertTrue(output.contains("Goodbye"), output);
        assertFalse(output.contains("Error:") || output.contains("Exception"), output);
    }

    @Test
    void runsTheReadmeCommandFromTheProjectDirectory() throws IOException, InterruptedException {
        String output = runLauncher(HOME, "/exit\n", "scripts/demos/step14.jsh");
        // Step 14: 2.0, then 2.0 + 3.0 without cleargrad, then 3.0.
        assertTrue(output.contains("without cleargrad, x.grad: variable(5.0)"), output);
        assertTrue(output.contains("the same after x.cleargrad(), x.grad: variable(3.0)"), output);
    }
}
