package dezero.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dezero.lang.Session;
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
        ChildOutput seen = new ChildOutput(p);
        try (OutputStream in = p.getOutputStream()) {
            in.write("x = 3\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
            int at = seen.waitFor("x = 3", 0);
            at = seen.waitFor(">>> ", at);
            assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor());
            Thread.sleep(300); // let the signal land before the next line
            in.write("print(x + 1)\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
            at = seen.waitFor("KeyboardInterrupt", at);
            seen.waitFor("4", at);
        } finally {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        assertEquals(0, p.exitValue(), seen.toString());
    }
}
