package dezero.lang;

import dezero.core.NDArray;
import dezero.core.NumpyFormat;
import dezero.core.Variable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code vars} table: one aligned row per name with shape, value, grad, creator and generation. */
final class VarsTable {
    private static final int MAX_VALUE_WIDTH = 36;
    private static final String NOTHING = "-";

    private VarsTable() {}

    static String render(Map<String, Object> values) {
        if (values.isEmpty()) {
            return "(no variables yet: try x = Variable(np.array(3.0)))";
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"name", "shape", "value", "grad", "creator", "gen"});
        for (Map.Entry<String, Object> e : values.entrySet()) {
            rows.add(row(e.getKey(), e.getValue()));
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                line.append(r[i]).append(" ".repeat(widths[i] - r[i].length() + 2));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.substring(0, sb.length() - 1);
    }

    private static String[] row(String name, Object v) {
        Variable var = Session.variableOf(v);
        if (var != null) {
            return new String[] {name, NumpyFormat.shapeTuple(var.shape()), summary(var.data),
                    var.grad == null ? NOTHING : summary(var.grad.data),
                    var.creator == null ? NOTHING : var.creator.name(), Integer.toString(var.generation)};
        }
        if (v instanceof NDArray a) {
            return new String[] {name, NumpyFormat.shapeTuple(a.shape()), summary(a), NOTHING, NOTHING, NOTHING};
        }
        String shown = Session.repr(v).replace('\n', ' ');
        return new String[] {name, NOTHING, clip(shown), NOTHING, NOTHING, NOTHING};
    }

    /** The array as numpy prints it when that fits on one short line, else its size and range. */
    static String summary(NDArray a) {
        String s = a.toString();
        if (!s.contains("\n") && s.length() <= MAX_VALUE_WIDTH) {
            return s;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < a.size(); i++) {
            min = Math.min(min, a.flat(i));
            max = Math.max(max, a.flat(i));
        }
        return a.size() + " values in [" + short4(min) + ", " + short4(max) + "]";
    }

    private static String short4(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return NumpyFormat.pyFloat(v);
        }
        return NumpyFormat.pyFloat(new BigDecimal(v).round(new MathContext(4)).doubleValue());
    }

    private static String clip(String s) {
        return s.length() <= MAX_VALUE_WIDTH ? s : s.substring(0, MAX_VALUE_WIDTH - 3) + "...";
    }
}
