package dezero.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** scripts/dezero as a process, with piped standard input, against the built target/dezero.jar. */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("scripts/dezero").toAbsolutePath();

    record Run(int code, String out, String err) {}

    private static Run launch(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        Path err = Files.createTempFile("dezero-it", ".err");
        Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the launcher finished");
        String errText = Files.readString(err);
        Files.delete(err);
        return new Run(p.exitValue(), out, errText);
    }

    @Test
    void pipedTranscriptPrintsResultsOnly() throws Exception {
        Run r = launch(String.join("\n", MainTest.TRANSCRIPT_INPUT) + "\n");
        assertEquals(new Run(0, MainTest.TRANSCRIPT_OUTPUT, ""), r);
    }

    @Test
    void echoAssignmentPrintsTheVariable() throws Exception {
        assertEquals(new Run(0, "x = 3\n", ""), launch("x = 3\n"));
    }

    @Test
    void pipedScriptStopsAtTheFirstErrorWithExit70() throws Exception {
        Run r = launch("x = 1\nw + 1\nx = 2\n");
        assertEquals(new Run(70, "x = 1\n", "<stdin>:2:1: NameError: name 'w' is not defined\n"
                + "    w + 1\n    ^\n"), r);
    }

    @Test
    void dashEAndMissingFileExitCodes() throws Exception {
        assertEquals(new Run(0, "x = 1\n", ""), launch("", "-e", "x = 1"));
        assertEquals(65, launch("", "-e", "3 +* 4").code());
        assertEquals(66, launch("", "no/such/file.dz").code());
    }
}
