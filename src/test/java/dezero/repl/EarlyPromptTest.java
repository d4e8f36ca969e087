package dezero.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The banner and prompt drawn before the session and the line editor are ready, and the editor
 * taking the line over: once through the methods, once through the whole command under a
 * pseudo-terminal ({@code script} from util-linux; skipped without it).
 */
class EarlyPromptTest {
    @Test
    void drawsOnTerminalsThatCanEraseALine() {
        assertTrue(Repl.canDrawEarly("xterm-256color"));
        assertTrue(Repl.canDrawEarly("screen"));
        assertFalse(Repl.canDrawEarly("dumb"));
        assertFalse(Repl.canDrawEarly(""));
        assertFalse(Repl.canDrawEarly(null));
    }

    @Test
    void drawsTheBannerThenThePrompt() {
        StringWriter s = new StringWriter();
        Repl.drawEarly(new PrintWriter(s), true);
        assertEquals(Repl.banner() + System.lineSeparator() + ">>> ", s.toString());
        StringWriter quiet = new StringWriter();
        Repl.drawEarly(new PrintWriter(quiet), false);
        assertEquals(">>> ", quiet.toString());
    }

    @Test
    void theLineEditorTakesOverTheEarlyPrompt() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "no script(1) for a pseudo-terminal");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // A size for the pseudo-terminal: with none, the line editor cuts its prompt to the width.
        String command = "stty cols 80 rows 24; exec " + java + " -XX:-UsePerfData -Duser.home=" + System.getProperty("java.io.tmpdir")
                + " -cp " + System.getProperty("java.class.path") + " dezero.cli.Main";
        ProcessBuilder pb = new ProcessBuilder(List.of("/usr/bin/script", "-qfec", command, "/dev/null"))
                .redirectErrorStream(true);
        pb.environment().put("TERM", "xterm-256color");
        Process p = pb.start();
        ChildOutput seen = new ChildOutput(p);
        try (OutputStream in = p.getOutputStream()) {
            seen.waitFor(">>> ", 0);
            in.write("6 * 7\r".getBytes(StandardCharsets.UTF_8));
            in.flush();
            seen.waitFor("42", 0);
            in.write("quit\r".getBytes(StandardCharsets.UTF_8));
            in.flush();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), seen.toString());
        } finally {
            p.destroyForcibly();
        }
        String out = seen.toString();
        String banner = Repl.banner().lines().findFirst().orElseThrow();
        assertEquals(out.indexOf(banner), out.lastIndexOf(banner), "the banner once: " + out);
        // The early prompt, then the line reader's: the line erased (carriage return, clear to
        // the end of the line) before the reader draws its own prompt.
        int early = out.indexOf(">>> ");
        int erased = out.indexOf("\r\u001b[K", early);
        assertTrue(early >= 0 && erased > early, out);
        assertTrue(out.indexOf(">>> ", erased) > erased, out);
    }
}
