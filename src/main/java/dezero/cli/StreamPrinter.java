package dezero.cli;

import dezero.lang.ErrorRenderer;
import dezero.lang.LangError;
import dezero.lang.Printer;
import java.io.PrintWriter;

/** Prints a session's output to one stream and its errors to another, plainly (no terminal). */
final class StreamPrinter implements Printer {
    private final PrintWriter out;
    private final PrintWriter err;

    StreamPrinter(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void out(String text) {
        out.println(text);
        out.flush();
    }

    @Override
    public void error(LangError error) {
        out.flush();
        err.println(ErrorRenderer.render(error));
        err.flush();
    }
}
