package dezero.viz;

import dezero.core.BackwardListener;
import dezero.core.Function;
import dezero.core.Variable;
import java.io.PrintStream;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A backward listener that prints one line per function as backward runs it, for the REPL's
 * {@code trace on}:
 *
 * <pre>
 * Add  gen=2  gy=[1.0]  -&gt;  gx=[1.0, 1.0]
 * Square  gen=1  gy=[1.0]  -&gt;  gx=[8.0]
 * </pre>
 *
 * Install it with {@code Config.listening(new Trace(System.out))} or
 * {@code Config.setBackwardListener}. Arrays are shortened to their shape and first values;
 * an input the function does not differentiate shows as {@code None}.
 */
public final class Trace implements BackwardListener {
    private final Consumer<String> out;

    /** Lines go to {@code out}, one call per line, without a line separator. */
    public Trace(Consumer<String> out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /** Lines are printed on {@code out}. */
    public Trace(PrintStream out) {
        this(Objects.requireNonNull(out, "out")::println);
    }

    @Override
    public void onBackward(Function f, int generation, Variable[] gys, Variable[] gxs) {
        out.accept(line(f, generation, gys, gxs));
    }

    /** One trace line. */
    static String line(Function f, int generation, Variable[] gys, Variable[] gxs) {
        return f.name() + "  gen=" + generation + "  gy=" + list(gys) + "  ->  gx=" + list(gxs);
    }

    private static String list(Variable[] vs) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < vs.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(Labels.brief(vs[i]));
        }
        return sb.append(']').toString();
    }
}
