package dezero.plot;

import java.util.List;
import java.util.function.Consumer;

/**
 * Where {@code show()} sends its figures on this thread instead of windows or the terminal: a
 * front end that can show pictures itself (a notebook) sets a target around the code it runs,
 * so pyplot needs to know nothing of that front end. Per thread, as the engine's Config is,
 * because the code of a cell runs on the thread that sets the target.
 *
 * <pre>{@code
 * try (InlineFigures.Scope s = InlineFigures.sendTo(figure -> show(figure.toPng()))) {
 *     session.eval(code, printer);
 * }
 * }</pre>
 */
public final class InlineFigures {
    private static final ThreadLocal<Consumer<Figure>> TARGET = new ThreadLocal<>();
    /** The pyplots that opened a figure under this thread's target: {@link #showOpen} shows what they still hold. */
    private static final ThreadLocal<java.util.Set<Pyplot>> OPENED = ThreadLocal.withInitial(
            () -> java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));

    private InlineFigures() {}

    /** Sends the figures {@code show()} shows on this thread to {@code target} until the scope closes. */
    public static Scope sendTo(Consumer<Figure> target) {
        Consumer<Figure> outer = TARGET.get();
        TARGET.set(target);
        return new Scope(outer);
    }

    /** Notes that {@code plt} opened a figure on this thread while a target was set. */
    static void opened(Pyplot plt) {
        if (TARGET.get() != null) {
            OPENED.get().add(plt);
        }
    }

    /**
     * Sends to the target the figures still open that code run under it drew and never showed, as
     * a notebook's inline backend shows a cell's figures when the cell ends.
     */
    public static void showOpen() {
        java.util.Set<Pyplot> plots = OPENED.get();
        for (Pyplot plt : List.copyOf(plots)) {
            if (!plt.fignums().isEmpty()) {
                plt.show();
            }
        }
        plots.clear();
    }

    /** The target set on this thread, or null when figures go to windows or the terminal. */
    static Consumer<Figure> target() {
        return TARGET.get();
    }

    /** Restores the target that was set before, when closed. */
    public static final class Scope implements AutoCloseable {
        private final Consumer<Figure> outer;

        private Scope(Consumer<Figure> outer) {
            this.outer = outer;
        }

        @Override
        public void close() {
            if (outer == null) {
                TARGET.remove();
            } else {
                TARGET.set(outer);
            }
        }
    }
}
