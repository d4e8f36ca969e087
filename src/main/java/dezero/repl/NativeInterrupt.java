package dezero.repl;

import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.Signals;

/**
 * Ctrl-C for JLine's dumb terminal ({@code TERM=dumb}, Emacs' {@code M-x shell}). The other
 * terminals turn the SIGINT the line discipline sends into their INT handler; the dumb one only
 * turns a typed {@code ^C} character into it, so the JVM's default SIGINT action ended the REPL
 * (exit 130) with all its variables. Here SIGINT is routed to the terminal's handler while the
 * REPL runs: a line being typed is cancelled, a computation interrupted.
 */
final class NativeInterrupt implements AutoCloseable {
    private final Object previous;

    private NativeInterrupt(Object previous) {
        this.previous = previous;
    }

    /** Routes SIGINT to {@code terminal}'s INT handler when it is a dumb terminal; a no-op otherwise. */
    static NativeInterrupt forDumb(Terminal terminal) {
        if (!(terminal instanceof DumbTerminal)) {
            return new NativeInterrupt(null);
        }
        return new NativeInterrupt(Signals.register("INT", () -> terminal.raise(Terminal.Signal.INT)));
    }

    @Override
    public void close() {
        if (previous != null) {
            Signals.unregister("INT", previous);
        }
    }
}
