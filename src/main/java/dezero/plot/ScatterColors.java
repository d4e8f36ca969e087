package dezero.plot;

import java.awt.Color;
import java.util.Arrays;
import java.util.List;

/**
 * scatter's {@code c=} and {@code color=}: one colour, a list of colours, or one number per
 * point coloured by viridis from the smallest to the largest, as matplotlib's default colour map.
 */
final class ScatterColors {
    private ScatterColors() {}

    static Color[] of(Object c, Object color, int n) {
        if (c != null && color != null) {
            throw PlotException.value("Supply a 'c' argument or a 'color' kwarg but not both; they differ but"
                    + " their functionalities overlap.");
        }
        if (c == null) {
            return new Color[] {Colors.of(color)};
        }
        if (c instanceof String name) {
            return new Color[] {Colors.parse(name)};
        }
        if (c instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof String) {
            Color[] out = new Color[list.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = Colors.parse(String.valueOf(list.get(i)));
            }
            return checkCount(out.length, n, out);
        }
        double[] values = Kwargs.numbers(c, "c");
        double lo = Arrays.stream(values).min().orElse(0);
        double hi = Arrays.stream(values).max().orElse(0);
        Color[] out = new Color[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Colors.viridis(hi == lo ? 0 : (values[i] - lo) / (hi - lo));
        }
        return checkCount(values.length, n, out);
    }

    private static Color[] checkCount(int count, int n, Color[] colors) {
        if (count != n && count != 1) {
            throw PlotException.value("'c' argument has " + count + " elements, which is inconsistent"
                    + " with 'x' and 'y' with size " + n + ".");
        }
        return colors;
    }
}
