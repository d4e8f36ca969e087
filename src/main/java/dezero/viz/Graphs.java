package dezero.viz;

import dezero.core.Variable;
import java.nio.file.Path;
import java.util.Map;

/**
 * The graph that produced a variable, to look at: a text tree, Graphviz DOT, or a picture.
 *
 * <pre>{@code
 * var x = new Variable(2.0);
 * var a = square(x);
 * var y = add(square(a), square(a));
 * System.out.print(Graphs.text(y));          // the tree, output at the top
 * Graphs.render(y, Path.of("y.png"));        // a picture through Graphviz dot
 * }</pre>
 *
 * Variables are called by the names in {@code names} (an identity map, as a REPL session binds
 * them), else by their own {@code name}; the text tree gives the others placeholders
 * {@code x1}, {@code x2}, ... and DOT leaves them unlabelled, as DeZero does.
 */
public final class Graphs {
    /** Lines of text tree shown before the rest is summed up in one line. */
    public static final int DEFAULT_MAX_LINES = 200;

    private Graphs() {}

    /** The text tree in Unicode box drawing, named by the variables' own names. */
    public static String text(Variable y) {
        return text(y, Map.of(), true);
    }

    /** The text tree; {@code unicode} false draws it in plain ASCII ({@code |-- `--}). */
    public static String text(Variable y, Map<Variable, String> names, boolean unicode) {
        return text(y, names, unicode, DEFAULT_MAX_LINES);
    }

    /** The text tree, at most {@code maxLines} lines then one line counting the nodes left out. */
    public static String text(Variable y, Map<Variable, String> names, boolean unicode, int maxLines) {
        return new TextTree(names, unicode, maxLines).render(y);
    }

    /** DOT text with DeZero's verbose labels ({@code x: () float64}). */
    public static String dot(Variable y) {
        return dot(y, Map.of());
    }

    /** DOT text, variables labelled by {@code names} first. */
    public static String dot(Variable y, Map<Variable, String> names) {
        return dot(y, names, true);
    }

    /** DOT text; {@code verbose} false leaves shapes and dtypes out of the labels. */
    public static String dot(Variable y, Map<Variable, String> names, boolean verbose) {
        StringBuilder sb = new StringBuilder();
        new DotWriter(names, verbose, sb).write(y);
        return sb.toString();
    }

    /**
     * Writes {@code y.dot}, {@code y.png} or {@code y.svg} by the file's extension (see
     * {@link DotRenderer}); never waits on Graphviz longer than {@link DotRenderer#DEFAULT_TIMEOUT}.
     */
    public static RenderResult render(Variable y, Path file) {
        return render(y, file, Map.of());
    }

    /** {@link #render(Variable, Path)} with variables labelled by {@code names}. */
    public static RenderResult render(Variable y, Path file, Map<Variable, String> names) {
        return DotRenderer.fromEnvironment().render(y, file, names);
    }
}
