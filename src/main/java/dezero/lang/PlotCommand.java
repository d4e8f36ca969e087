package dezero.lang;

import dezero.core.NDArray;
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
                List.of("NAME"), false, PlotCommand::plot));
    }

    private static void plot(CommandContext ctx) {
        ctx.expectWords(1, 1);
        String name = ctx.word(0);
        Value v = ctx.session().values().get(name);
        if (v == null) {
            throw LangError.name("name '" + name + "' is not defined", ctx.span(0));
        }
        double[] y = values(v, name, ctx);
        ctx.print(new TerminalRenderer(COLUMNS, ROWS, false).renderSeries(name, y).stripTrailing());
    }

    private static double[] values(Value v, String name, CommandContext ctx) {
        NDArray a;
        if (v instanceof Value.Var x) {
            a = x.variable().data;
        } else if (v instanceof Value.Array arr) {
            a = arr.array();
        } else if (v instanceof Value.ListValue || v instanceof Value.Tuple) {
            a = Convert.toArray(v, ctx.span(0), "plot");
        } else {
            throw LangError.type("plot takes a list or an array of numbers, not " + v.typeName(), ctx.span(0));
        }
        if (a.ndim() > 1) {
            throw LangError.value("plot draws one series: '" + name + "' has shape " + dezero.core.NumpyFormat
                    .shapeTuple(a.shape()), ctx.span(0));
        }
        return a.toArray();
    }
}
