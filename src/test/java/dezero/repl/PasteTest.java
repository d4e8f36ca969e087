package dezero.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dezero.lang.Session;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

/**
 * What a classroom pastes into the JLine front end: a line of a megabyte (as a terminal
 * pastes it, between bracketed-paste marks), a hundred thousand open brackets, {@code α = 2}. Each
 * evaluates or gives one error, and the loop goes on.
 */
class PasteTest {
    private final Session session = new Session();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private String loop(String keys) throws IOException {
        try (Terminal t = new ExternalTerminal("test", "xterm-256color",
                new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), out, StandardCharsets.UTF_8)) {
            t.setSize(new Size(160, 40));
            new Repl(session, t, true, null).loop();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String pasted(String text) {
        return "\u001b[200~" + text + "\u001b[201~";
    }

    @Test
    void aPastedMegabyteLineEvaluates() throws IOException {
        String line = "x = [" + "1, ".repeat(350_000) + "1]; s = sum(x)";
        assertTrue(line.length() > 1 << 20);
        String screen = loop(pasted(line) + "\nprint(s + 1)\n");
        // python3: sum of 350,001 ones is the int 350001.
        assertTrue(screen.contains("350002"), screen.substring(Math.max(0, screen.length() - 300)));
        assertEquals("350001", Session.repr(session.values().get("s")));
    }

    @Test
    void aPastedHundredThousandDeepNestingIsOneSyntaxError() throws IOException {
        // CPython 3.11's tokenizer gives the same message past 200 levels.
        String screen = loop(pasted("(".repeat(100_000) + "1" + ")".repeat(100_000)) + "\nz = 1 + 1\n");
        assertTrue(screen.contains("SyntaxError: too many nested parentheses"),
                screen.substring(Math.max(0, screen.length() - 300)));
        assertEquals("2", Session.repr(session.values().get("z")), "the next line still evaluates");
    }

    @Test
    void aPastedBlockFollowedByATopLevelLineRunsBoth() throws IOException {
        // python3 prints 2 for the program "def f(x):\n    return x + 1\nprint(f(1))".
        String screen = loop(pasted("def f(x):\n    return x + 1\nprint(f(1))") + "\n\n");
        String shown = screen.replaceAll("\u001b\\[[?0-9;]*[A-Za-z]|\u001b[=>]|\r", "");
        assertTrue(shown.contains("\n2\n"), shown);
        assertEquals("<function f>", Session.repr(session.values().get("f")).replaceAll(" at 0x\\w+", ""));
    }

    @Test
    void aPasteWithoutBracketedPasteIsDrawnOnceForManyCharactersNotOncePerCharacter() throws IOException {
        // A terminal without bracketed paste sends keystrokes; JLine redrew the line after each (35 s for 40 KB).
        String line = "x = [" + "1, ".repeat(40_000) + "1]; s = sum(x)";
        int[] drawn = {0};
        try (Terminal t = new ExternalTerminal("test", "xterm-256color",
                new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.UTF_8)), out, StandardCharsets.UTF_8)) {
            t.setSize(new Size(160, 40));
            LineReader reader = Repl.reader(session, t, true, null);
            ReplHighlighter colours = new ReplHighlighter(session::isFunctionName, session::isCommandLine);
            ((LineReaderImpl) reader).setHighlighter(new Highlighter() {
                @Override
                public AttributedString highlight(LineReader r, String buffer) {
                    drawn[0]++;
                    return colours.highlight(r, buffer);
                }

                @Override
                public void setErrorPattern(Pattern errorPattern) {}

                @Override
                public void setErrorIndex(int errorIndex) {}
            });
            assertEquals(line, reader.readLine(">>> "));
        }
        assertTrue(drawn[0] < line.length() / 100, drawn[0] + " redraws for " + line.length() + " characters");
    }

    @Test
    void unicodeNamesTypedAtThePrompt() throws IOException {
        // python3 with DeZero prints the same for α = Variable(np.array(2.0)); α ** 2.
        String screen = loop("α = Variable(np.array(2.0))\nsquare(α)\n");
        assertTrue(screen.contains("α = variable(2.0)") && screen.contains("variable(4.0)"), screen);
    }

    @Test
    void aVeryLongBufferIsShownPlainSoKeystrokesStayCheap() throws IOException {
        try (Terminal t = new ExternalTerminal("test", "xterm-256color", new ByteArrayInputStream(new byte[0]), out,
                StandardCharsets.UTF_8)) {
            ReplHighlighter h = new ReplHighlighter(session::isFunctionName, session::isCommandLine);
            String longLine = "x = " + "1 + ".repeat(ReplHighlighter.MAX_HIGHLIGHTED / 4) + "1";
            AttributedString s = h.highlight(Repl.reader(session, t, true, null), longLine);
            assertEquals(longLine, s.toAnsi(), "no colours past the limit");
            AttributedString shortOne = h.highlight(Repl.reader(session, t, true, null), "x = 1 + 1");
            assertEquals(ReplHighlighter.NUMBER, shortOne.styleAt(4));
        }
    }
}
