package dezero.repl;

import dezero.lang.ErrorRenderer;
import dezero.lang.LangError;
import dezero.lang.Printer;
import java.io.PrintWriter;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/** Prints a session's output on the terminal; errors in red when colours are on. */
final class TerminalPrinter implements Printer {
    private static final AttributedStyle ERROR = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);

    private final org.jline.terminal.Terminal terminal;
    private final boolean color;

    TerminalPrinter(org.jline.terminal.Terminal terminal, boolean color) {
        this.terminal = terminal;
        this.color = color;
    }

    @Override
    public void out(String text) {
        PrintWriter w = terminal.writer();
        w.println(text);
        w.flush();
    }

    @Override
    public void error(LangError error) {
        String text = ErrorRenderer.render(error);
        PrintWriter w = terminal.writer();
        if (!color) {
            w.println(text);
        } else {
            int last = text.lastIndexOf('\n');
            if (last >= 0 && error.sourceName() == null) {
                w.println(text.substring(0, last));
                w.println(new AttributedString(text.substring(last + 1), ERROR).toAnsi(terminal));
            } else {
                w.println(new AttributedString(text, ERROR).toAnsi(terminal));
            }
        }
        w.flush();
    }
}
