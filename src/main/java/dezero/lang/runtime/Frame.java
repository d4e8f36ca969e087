package dezero.lang.runtime;

import java.util.Map;

/**
 * One activation: a module's top level, a class body, a function call or a comprehension. Names
 * are found as Python finds them (LEGB): see {@link Interpreter#load}.
 */
public final class Frame {
    /** What kind of scope this frame is. */
    public enum Kind { MODULE, CLASS, FUNCTION, COMPREHENSION }

    public final Kind kind;
    public final PyFunction function;
    public final Map<String, Object> locals;
    /** The frame whose names this one can see (a closure's defining frame, a comprehension's owner). */
    public final Frame enclosing;
    public final PyModule module;
    public final String filename;
    /** The line running now, for tracebacks. */
    public int line;
    /** The value of a {@code return}. */
    Object returned;
    /** The exception an {@code except} block of this frame is handling (for a bare {@code raise}). */
    PyException handling;
    /** The generator this frame runs in, if any. */
    PyGenerator generator;
    /**
     * Names an {@code exec()} in this function's frame bound that the function itself does not:
     * CPython keeps them in the frame's {@code locals()} dictionary, out of reach of the
     * function's own code. Null until there is one.
     */
    Map<String, Object> execNames;

    Frame(Kind kind, PyFunction function, Map<String, Object> locals, Frame enclosing, PyModule module, String filename) {
        this.kind = kind;
        this.function = function;
        this.locals = locals;
        this.enclosing = enclosing;
        this.module = module;
        this.filename = filename;
    }

    static Frame module(PyModule module, String filename) {
        return new Frame(Kind.MODULE, null, module.dict, null, module, filename);
    }

    static Frame call(PyFunction f) {
        return new Frame(Kind.FUNCTION, f, new Locals(), f.closure, f.module, f.filename);
    }

    /** The name this frame shows in a traceback. */
    public String name() {
        return switch (kind) {
            case MODULE -> "<module>";
            case FUNCTION -> function.name;
            case COMPREHENSION -> "<listcomp>";
            case CLASS -> (String) locals.getOrDefault("__qualname__", "<class>");
        };
    }
}
