package dezero.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standard output that cannot be written ends the run as Python ends it: one line on stderr and a
 * non-zero exit, never a run that goes on printing into nothing ({@code yes 'x = 3' | dezero | head -1}
 * used to never exit, {@code dezero -e 'print(1)' > /dev/full} exited 0).
 */
class BrokenOutputProcessTest {
    @TempDir
    Path dir;

    @Test
    void aReaderThatGoesAwayEndsTheRunWithBrokenPipeError() throws Exception {
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(ChildJvm.main(null)).redirectError(err.toFile()).start();
        Thread feeder = new Thread(() -> {
            byte[] line = "x = 3\n".getBytes(StandardCharsets.UTF_8);
            try (OutputStream in = p.getOutputStream()) {
                while (p.isAlive()) {
                    in.write(line);
                }
            } catch (IOException e) {
                // The child is gone: what `yes` sees too.
            }
        });
        feeder.setDaemon(true);
        feeder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("x = 3", out.readLine());
        }
        boolean ended = p.waitFor(30, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        assertTrue(ended, "the run ends once its reader is gone");
        assertEquals(Main.EXIT_OUTPUT, p.exitValue());
        assertEquals("BrokenPipeError: [Errno 32] Broken pipe\n", Files.readString(err));
    }

    @Test
    void aFullDiskIsOneLineAndANonZeroExit() throws Exception {
        assumeTrue(Files.isWritable(Path.of("/dev/full")), "needs /dev/full");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(ChildJvm.main(null, "-e", "print(1)")).redirectOutput(new File("/dev/full"))
                .redirectError(err.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(Main.EXIT_OUTPUT, p.exitValue());
        assertEquals("OSError: [Errno 28] No space left on device\n", Files.readString(err));
    }

    @Test
    void aScriptWhoseOutputFailsStopsAtThatLine() throws Exception {
        assumeTrue(Files.isWritable(Path.of("/dev/full")), "needs /dev/full");
        Path script = dir.resolve("s.dz");
        Files.writeString(script, "print(1)\nsave " + dir.resolve("after.dz") + "\n");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(ChildJvm.main(null, script.toString())).redirectOutput(new File("/dev/full"))
                .redirectError(err.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(Main.EXIT_OUTPUT, p.exitValue());
        assertEquals("OSError: [Errno 28] No space left on device\n", Files.readString(err));
        assertTrue(!Files.exists(dir.resolve("after.dz")), "nothing after the failed print ran");
    }
}
