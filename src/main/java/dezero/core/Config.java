package dezero.core;

import java.util.List;

/**
 * The engine's mode, per thread (as PyTorch's grad mode): whether functions record the graph
 * for backward, whether layers run in training mode (DeZero's {@code Config.train}), and who
 * listens to backward as it runs.
 *
 * <pre>{@code
 * try (var scope = Config.noGrad()) {    // DeZero's "with no_grad():"
 *     var y = square(x);                  // no creator, nothing kept for backward
 * }
 * }</pre>
 */
public final class Config {
    /** The settings {@link #using(String, boolean)} knows. */
    public static final List<String> NAMES = List.of("enable_backprop", "train");

    // Classes rather than lambdas here and below: every program's first backward runs this
    // code, and on JDK 17 a program's first lambda costs milliseconds to link.
    private static final ThreadLocal<State> STATE = new ThreadLocal<>() {
        @Override
        protected State initialValue() {
            return new State();
        }
    };

    private Config() {}

    /**
     * How many threads have some setting away from its default (backprop off, test mode, a
     * listener). While none has, every thread's answer is the default and no {@code ThreadLocal}
     * is looked up: under C1, which the launcher runs, that lookup is a few calls, and functions
     * and backward ask on every call (a thirtieth of a training step's interpreter time).
     */
    private static final java.util.concurrent.atomic.AtomicInteger THREADS_AWAY =
            new java.util.concurrent.atomic.AtomicInteger();

    /** Mutable per-thread state; one {@code ThreadLocal} lookup serves every setting. */
    static final class State {
        private boolean enableBackprop = true;
        private boolean train = true;
        private BackwardListener listener;
        /** Whether this state counts in {@link #THREADS_AWAY}. */
        private boolean away;

        void setEnableBackprop(boolean v) {
            enableBackprop = v;
            recount();
        }

        void setTrain(boolean v) {
            train = v;
            recount();
        }

        void setListener(BackwardListener l) {
            listener = l;
            recount();
        }

        private void recount() {
            boolean now = !enableBackprop || !train || listener != null;
            if (now != away) {
                away = now;
                THREADS_AWAY.addAndGet(now ? 1 : -1);
            }
        }
    }

    /** How many threads have a setting away from its default (for tests). */
    static int threadsAway() {
        return THREADS_AWAY.get();
    }

    /** A scope that restores the previous value when closed (also when the block throws). */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        /** Restores the previous value; unlike {@link AutoCloseable#close()}, throws no checked exception. */
        @Override
        void close();
    }

    /** True when functions record their inputs and outputs for backward (the default). */
    public static boolean isBackpropEnabled() {
        return THREADS_AWAY.get() == 0 || STATE.get().enableBackprop;
    }

    /** Sets the mode of this thread until changed again (the REPL's {@code nograd on|off}). */
    public static void setBackpropEnabled(boolean enabled) {
        STATE.get().setEnableBackprop(enabled);
    }

    /** DeZero's {@code no_grad()}: backprop off until the scope is closed. */
    public static Scope noGrad() {
        return using("enable_backprop", false);
    }

    /** Backprop on until the scope is closed (e.g. inside a no-grad block). */
    public static Scope enableGrad() {
        return using("enable_backprop", true);
    }

    /** True in training mode (the default); false inside {@link #testMode()}, where dropout passes its input through. */
    public static boolean isTrain() {
        return THREADS_AWAY.get() == 0 || STATE.get().train;
    }

    /** Sets training mode of this thread until changed again ({@code dezero.Config.train = False}). */
    public static void setTrain(boolean train) {
        STATE.get().setTrain(train);
    }

    /** DeZero's {@code test_mode()}: {@code train} off until the scope is closed. */
    public static Scope testMode() {
        return using("train", false);
    }

    /** DeZero's {@code using_config(name, value)} for {@code enable_backprop} and {@code train}. */
    public static Scope using(String name, boolean value) {
        State s = STATE.get();
        switch (name) {
            case "enable_backprop" -> {
                Scope restore = new RestoreFlag(s, false, s.enableBackprop);
                s.setEnableBackprop(value);
                return restore;
            }
            case "train" -> {
                Scope restore = new RestoreFlag(s, true, s.train);
                s.setTrain(value);
                return restore;
            }
            default -> throw new IllegalArgumentException(
                    "unknown config '" + name + "'; known: " + String.join(", ", NAMES));
        }
    }

    /** The listener that sees every function run by backward on this thread, or null. */
    public static BackwardListener backwardListener() {
        return THREADS_AWAY.get() == 0 ? null : STATE.get().listener;
    }

    /** Sets (or with null removes) this thread's backward listener until changed again. */
    public static void setBackwardListener(BackwardListener listener) {
        STATE.get().setListener(listener);
    }

    /** Installs {@code listener} on this thread until the scope is closed. */
    public static Scope listening(BackwardListener listener) {
        State s = STATE.get();
        BackwardListener previous = s.listener;
        s.setListener(listener);
        return new Scope() {
            @Override
            public void close() {
                s.setListener(previous);
            }
        };
    }

    /** Puts one of a thread's two flags ({@code train} or {@code enable_backprop}) back as it was. */
    private static final class RestoreFlag implements Scope {
        private final State state;
        private final boolean train;
        private final boolean previous;

        RestoreFlag(State state, boolean train, boolean previous) {
            this.state = state;
            this.train = train;
            this.previous = previous;
        }

        @Override
        public void close() {
            if (train) {
                state.setTrain(previous);
            } else {
                state.setEnableBackprop(previous);
            }
        }
    }
}
