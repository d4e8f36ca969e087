package dezero.repl;

import java.util.Map;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * JLine's line reader with two changes. Ctrl-D at the end of a line being typed (a {@code ... }
 * line of a block) does nothing, as in Python's REPL, instead of listing every completion; on an
 * empty line it still ends the REPL. And it inserts at once the plain characters that are already waiting after a
 * typed one. Without bracketed paste a terminal delivers a paste as keystrokes, and JLine redraws
 * the whole line after each: a 40 KB line took 35 s (quadratic). Here a run of printable
 * characters is one insertion and one redraw, so a paste costs time in proportion to its length;
 * control characters (Enter, Tab, escape sequences) still go through the key bindings one by one.
 */
final class PasteAwareReader extends LineReaderImpl {
    /** The most characters inserted before the line is redrawn (and Ctrl-C looked at). */
    static final int MAX_BATCH = 1 << 16;

    PasteAwareReader(Terminal terminal, String appName, Map<String, Object> variables) {
        super(terminal, appName, variables);
    }

    @Override
    protected boolean deleteCharOrList() {
        if (buf.length() > 0 && buf.cursor() == buf.length()) {
            return true;
        }
        return super.deleteCharOrList();
    }

    @Override
    protected boolean selfInsert() {
        boolean inserted = super.selfInsert();
        StringBuilder waiting = new StringBuilder();
        while (waiting.length() < MAX_BATCH) {
            int c = bindingReader.peekCharacter(1);
            if (c == NonBlockingReader.READ_EXPIRED || c == NonBlockingReader.EOF || c < 0x20 || c == 0x7f) {
                break;
            }
            waiting.appendCodePoint(bindingReader.readCharacter());
        }
        if (!waiting.isEmpty()) {
            putString(waiting);
        }
        return inserted;
    }
}
