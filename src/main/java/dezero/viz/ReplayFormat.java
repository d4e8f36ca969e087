package dezero.viz;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text the REPL prints for {@code backward y stack}: the order of each replay with the
 * generation of every function under its name, and the gradients each gives the leaves:
 *
 * <pre>
 * stack order (steps 14-15):   Add  Square  Square  Square  Square
 *   generation:                2    1       0       1       0
 *   ran more than once:        Square gen=0 (2 times)
 *   x.grad = 96.0  (wrong)
 * generation order (step 16):  Add  Square  Square  Square
 *   generation:                2    1       1       0
 *   x.grad = 64.0
 * (replayed on scratch gradients: no variable's grad was changed)
 * </pre>
 */
public final class ReplayFormat {
    /** Width of an order line, past which the rest of the order is counted, not shown. */
    public static final int LINE_WIDTH = 100;

    private static final int LABEL_WIDTH = 29;
    private static final double RTOL = 1e-9;
    private static final double ATOL = 1e-12;

    private ReplayFormat() {}

    /** The comparison, variables called by {@code names} (an identity map) as in {@link Graphs#text}. */
    public static String format(StackReplay.Comparison c, Map<Variable, String> names) {
        Labels labels = new Labels(names);
        for (Variable v : Reach.preorder(c.y())) {
            labels.name(v);
        }
        StringBuilder sb = new StringBuilder();
        block(sb, "stack order (steps 14-15):", c.stack(), c, labels, true);
        block(sb, "generation order (step 16):", c.generation(), c, labels, false);
        return sb.append("(replayed on scratch gradients: no variable's grad was changed)\n").toString();
    }

    private static void block(StringBuilder sb, String title, StackReplay.Run run, StackReplay.Comparison c,
            Labels labels, boolean isStack) {
        List<Function> order = run.order();
        StringBuilder names = new StringBuilder(pad(title));
        StringBuilder gens = new StringBuilder(pad("  generation:"));
        int shown = 0;
        while (shown < order.size()) {
            Function f = order.get(shown);
            String gen = Integer.toString(f.generation());
            int width = Math.max(f.name().length(), gen.length()) + 2;
            if (names.length() + width > LINE_WIDTH && shown > 0) {
                break;
            }
            names.append(padTo(f.name(), width));
            gens.append(padTo(gen, width));
            shown++;
        }
        if (order.isEmpty()) {
            names.append("(nothing to run: the variable has no creator)");
        } else if (order.size() > shown) {
            String more = "... " + (order.size() - shown) + " more";
            names.append(more);
            gens.append(more);
        }
        sb.append(names.toString().stripTrailing()).append('\n');
        if (!order.isEmpty()) {
            sb.append(gens.toString().stripTrailing()).append('\n');
        }
        String repeats = repeats(order);
        if (!repeats.isEmpty()) {
            sb.append(pad("  ran more than once:")).append(repeats).append('\n');
        }
        if (!run.complete()) {
            sb.append("  stopped after ").append(order.size())
                    .append(" function runs: the gradients below are unfinished\n");
        }
        for (Variable leaf : c.leaves()) {
            NDArray g = run.grad(leaf);
            sb.append("  ").append(labels.name(leaf)).append(".grad = ").append(g == null ? "None" : Labels.brief(g));
            if (isStack && !same(g, c.generation().grad(leaf))) {
                sb.append(run.complete() && c.generation().complete() ? "  (wrong)" : "  (differs)");
            }
            sb.append('\n');
        }
    }

    /** {@code Square gen=0 (2 times)} for each function that ran more than once, in the order each ran a second time. */
    private static String repeats(List<Function> order) {
        Map<Function, Integer> counts = new IdentityHashMap<>();
        Map<Function, Integer> firstSeen = new LinkedHashMap<>();
        for (Function f : order) {
            if (counts.merge(f, 1, Integer::sum) == 2) {
                firstSeen.put(f, 0);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (Function f : firstSeen.keySet()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(f.name()).append(" gen=").append(f.generation())
                    .append(" (").append(counts.get(f)).append(" times)");
            if (sb.length() > 200) {
                return sb.append(", ...").toString();
            }
        }
        return sb.toString();
    }

    private static boolean same(NDArray a, NDArray b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.allclose(b, RTOL, ATOL);
    }

    private static String pad(String s) {
        return padTo(s, LABEL_WIDTH);
    }

    private static String padTo(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
