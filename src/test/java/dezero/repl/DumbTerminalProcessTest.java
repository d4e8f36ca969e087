package dezero.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dezero.lang.Session;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Ctrl-C under {@code TERM=dumb} (Emacs' shell), through JLine's terminal builder in a JVM of its
 * own: the SIGINT cancels the line and the REPL goes on with its variables, as under every other TERM.
 */
class DumbTerminalProcessTest {
    /** The child: the REPL on the system terminal that {@link Repl#openTerminal()} builds. */
    public static void main(String[] args) {
        System.exit(Repl.run(new Session(), false, false));
    }

    @Test
    void sigintAtThePromptKeepsTheReplAndItsVariables() throws Exception {
        // env restores SIGINT's default action, which a test runner started in the background may ignore.
        ProcessBuilder pb = new ProcessBuilder(List.of("env", "--default-signal=INT", Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:-UsePerfData", "-Duser.home=" + System.getProperty("java.io.tmpdir"), "-cp",
                System.getProperty("java.class.path"), DumbTerminalProcessTest.class.getName()))
                .redirectErrorStream(true);
        pb.environment().put("TERM", "dumb");
        Process p = pb.start();
        StringBuffer seen = new StringBuffer();
        Thread pump = new Thread(() -> {
            try (InputStream out = p.getInputStream()) {
                int b;
                while ((b = out.read()) >= 0) {
                    seen.append((char) b);
                }
            } catch (java.io.IOException e) {
                // The child is gone: what it printed is all there is.
            }
        });
        pump.setDaemon(true);
        pump.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write("x = 3\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
            int at = readUntil(p, seen, "x = 3", 0);
            at = readUntil(p, seen, ">>> ", at);
            assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor());
            Thread.sleep(300); // let the signal land before the next line
            in.write("print(x + 1)\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
            at = readUntil(p, seen, "KeyboardInterrupt", at);
            readUntil(p, seen, "4", at);
        } finally {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        assertEquals(0, p.exitValue(), seen.toString());
    }

    /**
     * Waits until the child has printed {@code text} at or after {@code from} and returns the index
     * after it; a wrong expectation
     * fails after {@link #WAIT_SECONDS} instead of blocking the build on a read that never returns.
     */
    private static int readUntil(Process p, StringBuffer seen, String text, int from) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (seen.indexOf(text, from) < 0) {
            assertTrue(p.isAlive() || seen.indexOf(text, from) >= 0, "the REPL ended before printing '" + text + "': "
                    + seen);
            assertTrue(System.nanoTime() < deadline, "no '" + text + "' within " + WAIT_SECONDS + " s: " + seen);
            Thread.sleep(20);
        }
        return seen.indexOf(text, from) + text.length();
    }

    private static final int WAIT_SECONDS = 30;
}
