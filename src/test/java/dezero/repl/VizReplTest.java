package dezero.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dezero.lang.Session;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;

/** The graph commands at the JLine prompt: completion, and box drawing when the terminal speaks UTF-8. */
class VizReplTest {
    private final Session session = new Session();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private Terminal terminal(InputStream in, Charset encoding) throws IOException {
        Terminal t = new ExternalTerminal("test", "xterm-256color", in, out, encoding);
        t.setSize(new Size(160, 40));
        return t;
    }

    /** The line the reader returns after these keystrokes (TAB is \t). */
    private String typed(String keys) throws IOException {
        try (Terminal t = terminal(new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8)) {
            return Repl.reader(session, t, false, null).readLine(Repl.PROMPT);
        }
    }

    /** What TAB offers at the end of {@code line}, sorted. */
    private List<String> candidates(String line) throws IOException {
        try (Terminal t = terminal(new ByteArrayInputStream(new byte[0]), StandardCharsets.UTF_8)) {
            LineReader reader = Repl.reader(session, t, false, null);
            ParsedLine parsed = reader.getParser().parse(line, line.length(), Parser.ParseContext.COMPLETE);
            List<Candidate> found = new ArrayList<>();
            new ReplCompleter(session).complete(reader, parsed, found);
            return found.stream().map(Candidate::value).sorted().toList();
        }
    }

    @Test
    void theNewCommandsComplete() throws IOException {
        assertEquals("graph ", typed("gra\t\n"));
        assertEquals("trace ", typed("trac\t\n"), "tra is also transpose");
        // 'mem' alone is also the start of memoryview and F's mean_squared_error: ':' asks for a command.
        assertEquals(":mem --no-heap ", typed(":me\t--\t\n"));
    }

    @Test
    void graphCompletesTheSessionsVariables() throws IOException {
        session.eval("x = Variable(np.array(3.0)); y = square(x); s = 'text'; n = 3");
        assertEquals(List.of("x", "y"), candidates("graph "));
        assertEquals("graph y ", typed("graph y\t\n"));
    }

    @Test
    void traceCompletesOnAndOff() throws IOException {
        assertEquals(List.of("off", "on"), candidates("trace o"));
        assertEquals("trace off ", typed("trace of\t\n"));
    }

    @Test
    void backwardCompletesStack() throws IOException {
        session.eval("x = Variable(np.array(3.0)); y = square(x)");
        assertEquals("backward y stack ", typed("backward y st\t\n"));
    }

    @Test
    void aUtf8TerminalGetsBoxDrawingAndAnAsciiOneDoesNot() throws IOException {
        String keys = "x = Variable(np.array(2.0))\na = square(x)\ny = add(square(a), square(a))\ngraph y\n";
        try (Terminal t = terminal(new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8)) {
            new Repl(session, t, false, null).loop();
        }
        assertTrue(session.isUnicode());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("└─ <Add gen=2>"), out::toString);

        Session ascii = new Session();
        ascii.setUnicode(true);
        try (Terminal t = terminal(new ByteArrayInputStream(new byte[0]), StandardCharsets.US_ASCII)) {
            new Repl(ascii, t, false, null);
        }
        assertFalse(ascii.isUnicode());
    }
}
