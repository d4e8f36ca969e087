package dezero.repl;

import dezero.lang.Session;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;

/** Reads one line typed as a terminal without bracketed paste sends it, through the REPL's line reader. */
public final class PasteProbe {
    private PasteProbe() {}

    /** The line the reader returns for {@code line} followed by Enter, keystroke by keystroke. */
    public static String readPasted(Session session, String line) throws IOException {
        try (Terminal t = new ExternalTerminal("paste", "xterm-256color",
                new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.UTF_8)), OutputStream.nullOutputStream(),
                StandardCharsets.UTF_8)) {
            t.setSize(new Size(160, 40));
            return Repl.reader(session, t, true, null).readLine(">>> ");
        }
    }
}
