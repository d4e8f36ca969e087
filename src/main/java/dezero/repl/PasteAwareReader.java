package dezero.repl;

import java.util.Map;
import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.MaskingCallback;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * JLine's line reader with three changes. Ctrl-C at the prompt is read in order with the keys
 * typed after it (see {@link #readLine(String, String, MaskingCallback, String)}). Ctrl-D at the end of a line being typed (a {@code ... }
 * line of a block) does nothing, as in Python's REPL, instead of listing every completion; on an
 * empty line it still ends the REPL. And it inserts at once the plain characters that are already waiting after a
 * typed one. Without bracketed paste a terminal delivers a paste as keystrokes, and JLine redraws
 * the whole line after each: a 40 KB line took 35 s (quadratic). Here a run of printable
 * characters is one insertion and one redraw, so a paste costs time in proportion to its length;
 * control characters (Enter, Tab, escape sequences) still go through the key bindings one by one.
 */
final class PasteAwareReader extends LineReaderImpl {
    /** The widget Ctrl-C is bound to at the prompt: it cancels the line. */
    static final String INTERRUPT = "dezero-interrupt";
    /** The most characters inserted before the line is redrawn (and Ctrl-C looked at). */
    static final int MAX_BATCH = 1 << 16;

    PasteAwareReader(Terminal terminal, String appName, Map<String, Object> variables) {
        super(terminal, appName, variables);
        getWidgets().put(INTERRUPT, () -> {
            throw new UserInterruptException(buf.toString());
        });
        for (String map : new String[] {MAIN, EMACS, VIINS}) {
            KeyMap<Binding> keys = getKeyMaps().get(map);
            if (keys != null) {
                keys.bind(new Reference(INTERRUPT), KeyMap.ctrl('C'));
            }
        }
    }

    /**
     * Reads with Ctrl-C as a character among the others rather than a signal: a signal overtakes
     * the keys typed just after it, so the first of them landed in the cancelled line and was
     * lost. The terminal's settings are restored after the line, so Ctrl-C during a computation
     * is still the signal that interrupts it.
     */
    @Override
    public String readLine(String prompt, String rightPrompt, MaskingCallback mask, String buffer) {
        Attributes saved = terminal.getAttributes();
        Attributes inBand = new Attributes(saved);
        // Only Ctrl-C's signal is switched off: Ctrl-Z still suspends.
        inBand.setControlChar(Attributes.ControlChar.VINTR, 0);
        terminal.setAttributes(inBand);
        try {
            return super.readLine(prompt, rightPrompt, mask, buffer);
        } finally {
            terminal.setAttributes(saved);
        }
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
