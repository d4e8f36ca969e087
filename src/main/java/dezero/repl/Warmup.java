package dezero.repl;

import dezero.lang.Session;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * One pass over what a REPL session loads (the language, the engine, JLine's reader, completer
 * and highlighter on an in-memory terminal), run by the launcher to record its class-data archive.
 */
public final class Warmup {
    private static final String LINES = String.join("\n",
            "x = Variable(np.array(3.0))", "y = add(square(x), x)", "backward y", "sq\t(x)", "nograd o\t",
            "nograd off", "x.gr\t", "vars", "help add", "z = [1, 2, 3] * 2 - 1 / 4; print(z ** 2)",
            "w + 1", "add(x", ")", "help", "");

    private Warmup() {}

    public static void run() {
        Terminals.isInteractive();
        Session session = new Session();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Terminal terminal = TerminalBuilder.builder().system(false).type("xterm-256color")
                .streams(new ByteArrayInputStream(LINES.getBytes(StandardCharsets.UTF_8)), out).build()) {
            LineReader reader = Repl.reader(session, terminal, true, null);
            TerminalPrinter printer = new TerminalPrinter(terminal, true);
            while (true) {
                String line = reader.readLine(Repl.PROMPT);
                session.eval(line, printer);
            }
        } catch (EndOfFileException e) {
            // The scripted input is over: the warm-up is done.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
