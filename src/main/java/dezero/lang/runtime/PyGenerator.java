package dezero.lang.runtime;

import dezero.core.Config;
import java.util.Iterator;
import java.util.concurrent.SynchronousQueue;

/**
 * A generator: a function body that runs until each {@code yield}. The body runs on a thread of
 * its own that hands each value over, so a tree-walking interpreter can pause it mid-statement;
 * only one of the two threads runs at a time, and the caller's recording mode (no_grad) travels
 * with every hand-over.
 */
public final class PyGenerator {
    private record Message(int kind, Object value, boolean backprop) {}

    private static final int YIELDED = 0;
    private static final int RETURNED = 1;
    private static final int RAISED = 2;
    private static final int SEND = 3;
    private static final int THROW = 4;
    private static final int CLOSE = 5;

    private final Interpreter interpreter;
    private final PyFunction function;
    private final Frame frame;
    private final SynchronousQueue<Message> toBody = new SynchronousQueue<>();
    private final SynchronousQueue<Message> fromBody = new SynchronousQueue<>();
    private boolean started;
    private boolean finished;
    private boolean running;

    PyGenerator(Interpreter interpreter, PyFunction function, Frame frame) {
        this.interpreter = interpreter;
        this.function = function;
        this.frame = frame;
        frame.generator = this;
    }

    public String name() {
        return function.qualname;
    }

    /** {@code next(g)}: the next value, or StopIteration. */
    public Object next() {
        return send(PyNone.NONE);
    }

    /** {@code g.send(v)}. */
    public Object send(Object value) {
        if (finished) {
            throw Py.error(Types.STOP_ITERATION, null);
        }
        if (running) {
            throw Py.valueError("generator already executing");
        }
        if (!started && value != PyNone.NONE) {
            throw Py.typeError("can't send non-None value to a just-started generator");
        }
        return resume(new Message(SEND, value, Config.isBackpropEnabled()));
    }

    /** {@code g.throw(exc)}: raises {@code exc} at the paused yield. */
    public Object throwIn(PyException e) {
        if (finished || !started) {
            finished = true;
            throw e;
        }
        return resume(new Message(THROW, e, Config.isBackpropEnabled()));
    }

    /** {@code g.close()}. */
    public void close() {
        if (finished || !started) {
            finished = true;
            return;
        }
        try {
            resume(new Message(CLOSE, null, Config.isBackpropEnabled()));
            throw Py.error(Types.RUNTIME_ERROR, "generator ignored GeneratorExit");
        } catch (PyException e) {
            if (!e.is(Types.GENERATOR_EXIT) && !e.is(Types.STOP_ITERATION)) {
                throw e;
            }
        }
    }

    private Object resume(Message m) {
        running = true;
        try {
            if (!started) {
                started = true;
                // A class, not this::body: a generator (DeZero's using_config) may be the first
                // thing a program does that would link a lambda, and a JVM's first costs milliseconds.
                Runnable run = new Runnable() {
                    @Override
                    public void run() {
                        body();
                    }
                };
                Thread t = new Thread(null, run, "generator " + function.qualname, 256L << 20);
                t.setDaemon(true);
                boolean backprop = m.backprop();
                t.start();
                toBody.put(new Message(SEND, PyNone.NONE, backprop));
            } else {
                toBody.put(m);
            }
            Message reply = fromBody.take();
            Config.setBackpropEnabled(reply.backprop());
            switch (reply.kind()) {
                case YIELDED:
                    return reply.value();
                case RETURNED: {
                    finished = true;
                    PyException stop = Py.error(Types.STOP_ITERATION, null);
                    stop.value.dict.put("args", reply.value() == PyNone.NONE ? PyTuple.EMPTY : new PyTuple(reply.value()));
                    stop.value.dict.put("value", reply.value());
                    throw stop;
                }
                default:
                    finished = true;
                    throw (RuntimeException) reply.value();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Py.error(Types.KEYBOARD_INTERRUPT, null);
        } finally {
            running = false;
        }
    }

    private void body() {
        Message result;
        try {
            Message first = toBody.take();
            Config.setBackpropEnabled(first.backprop());
            Object v = interpreter.runBody(function, frame);
            result = new Message(RETURNED, v, Config.isBackpropEnabled());
        } catch (PyException e) {
            if (e.is(Types.STOP_ITERATION)) {
                result = new Message(RAISED, Py.error(Types.RUNTIME_ERROR, "generator raised StopIteration"),
                        Config.isBackpropEnabled());
            } else {
                result = new Message(RAISED, e, Config.isBackpropEnabled());
            }
        } catch (InterruptedException e) {
            return;
        } catch (RuntimeException | StackOverflowError e) {
            result = new Message(RAISED, Errors.fromJava(e), Config.isBackpropEnabled());
        }
        try {
            fromBody.put(result);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Called on the body's thread at a {@code yield}: hands {@code v} over and waits for the next send. */
    Object yieldValue(Object v) {
        try {
            fromBody.put(new Message(YIELDED, v, Config.isBackpropEnabled()));
            Message m = toBody.take();
            Config.setBackpropEnabled(m.backprop());
            if (m.kind() == THROW) {
                throw (PyException) m.value();
            }
            if (m.kind() == CLOSE) {
                throw Py.error(Types.GENERATOR_EXIT, null);
            }
            return m.value();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Py.error(Types.KEYBOARD_INTERRUPT, null);
        }
    }

    /** The generator as a Java iterator (for loops, list(), sum()). */
    Iterator<Object> javaIterator() {
        return new Py.Lookahead() {
            @Override
            Object fetch() {
                if (finished) {
                    return END;
                }
                try {
                    return PyGenerator.this.next();
                } catch (PyException e) {
                    if (e.is(Types.STOP_ITERATION)) {
                        return END;
                    }
                    throw e;
                }
            }
        };
    }

    @Override
    public String toString() {
        return "<generator object " + function.qualname + " at 0x" + String.format("%012x", System.identityHashCode(this))
                + ">";
    }
}
