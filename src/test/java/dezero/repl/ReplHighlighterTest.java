package dezero.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

/** The prompt colours keywords, functions, numbers, strings, comments and command words from the interpreter's tokenizer. */
class ReplHighlighterTest {
    private final ReplHighlighter h = new ReplHighlighter(Set.of("range", "print")::contains, line -> line.startsWith("backward "));

    @Test
    void keywordsFunctionsNumbersAndStringsHaveTheirStyles() {
        String line = "for i in range(3): print('x')";
        AttributedString s = h.highlight(null, line);
        assertEquals(ReplHighlighter.KEYWORD, s.styleAt(line.indexOf("for")));
        assertEquals(ReplHighlighter.KEYWORD, s.styleAt(line.indexOf(" in") + 1));
        assertEquals(ReplHighlighter.FUNCTION, s.styleAt(line.indexOf("range")));
        assertEquals(ReplHighlighter.NUMBER, s.styleAt(line.indexOf("3")));
        assertEquals(ReplHighlighter.STRING, s.styleAt(line.indexOf("'x'")));
        assertEquals(AttributedStyle.DEFAULT, s.styleAt(line.indexOf("i ")));
    }

    @Test
    void unfinishedInputIsPlainAndARefusedCharacterRed() {
        AttributedString open = h.highlight(null, "x = (1,");
        assertEquals(AttributedStyle.DEFAULT, open.styleAt(0));
        AttributedString bad = h.highlight(null, "x = 1 $ 2");
        assertEquals(ReplHighlighter.ERROR, bad.styleAt(6));
    }

    @Test
    void commentsAndCommandWordsHaveTheirStyles() {
        String line = "x = 1  # one '#'";
        AttributedString s = h.highlight(null, line);
        assertEquals(ReplHighlighter.COMMENT, s.styleAt(line.indexOf("#")));
        assertEquals(ReplHighlighter.COMMENT, s.styleAt(line.length() - 1));
        AttributedString quoted = h.highlight(null, "s = '#'");
        assertEquals(ReplHighlighter.STRING, quoted.styleAt(5));
        AttributedString command = h.highlight(null, "backward y");
        assertEquals(ReplHighlighter.COMMAND, command.styleAt(0));
        assertEquals(AttributedStyle.DEFAULT, command.styleAt(9));
    }
}
