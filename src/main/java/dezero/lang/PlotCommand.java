package dezero.lang;

import dezero.core.NDArray;
import dezero.core.Variable;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyException;
import dezero.lang.runtime.PyList;
import dezero.lang.runtime.PyTuple;
import dezero.plot.TerminalRenderer;
import java.util.List;

/**
 * {@code plot NAME}: a list or 1-D array (a loss curve) drawn as a line chart in the terminal.
 * The charting classes load only when the command runs, so a session that never plots loads none.
 */
final class PlotCommand {
    /** The chart's size in characters: fits an 80-column terminal with the axis labels. */
    private static final int COLUMNS = 72;
    private static final int ROWS = 18;

    private PlotCommand() {}

    static void addTo(Commands c) {
        c.register(new Command("plot", "plot NAME", "draws a list or 1-D array (a loss curve) as a line chart",
                List.of("NAME"), false, new Command.Handler() {
            // A class, not PlotCommand::plot: see Session.start.
            @Override
            public void run(CommandContext ctx) {
                plot(ctx);
            }
        }));
    }

    private static void plot(CommandContext ctx) {
        ctx.expectWords(1, 1);
        String name = ctx.word(0);
        Object v = ctx.session().lookup(name, ctx.span(0));
        double[] y = values(v, name, ctx);
        ctx.print(new TerminalRenderer(COLUMNS, ROWS, false).renderSeries(name, y).stripTrailing());
    }

    private static double[] values(Object v, String name, CommandContext ctx) {
        Variable x = Session.variableOf(v);
        if (x != null || v instanceof NDArray) {
            NDArray a = x != null ? x.data : (NDArray) v;
            if (a.ndim() > 1) {
                throw LangError.value("plot draws one series: '" + name + "' has shape " + dezero.core.NumpyFormat
                        .shapeTuple(a.shape()), ctx.span(0));
            }
            return a.toArray();
        }
        if (!(v instanceof PyList) && !(v instanceof PyTuple)) {
            throw LangError.type("plot takes a list or an array of numbers, not " + Session.typeName(v), ctx.span(0));
        }
        List<Object> items = Py.toList(v);
        double[] y = new double[items.size()];
        for (int i = 0; i < y.length; i++) {
            Object item = items.get(i);
            Variable xi = Session.variableOf(item);
            try {
                y[i] = xi != null && xi.data.size() == 1 ? xi.data.flat(0) : Py.toDouble(item);
            } catch (PyException e) {
                throw LangError.type("plot takes numbers: item " + i + " of '" + name + "' is a "
                        + Session.typeName(item), ctx.span(0));
            }
        }
        return y;
    }
}
