package dezero.lang;

import dezero.lang.library.Traceback;
import dezero.lang.runtime.Errors;
import dezero.lang.runtime.Interpreter;
import dezero.lang.runtime.PyException;
import dezero.lang.syntax.Pos;
import dezero.lang.syntax.PySyntaxError;
import java.util.List;

/**
 * The interpreter's errors as the REPL reports them: a {@link LangError} with Python's class and
 * text, the span of the failing expression in the statement typed, and for an error raised inside a
 * function, Python's traceback of the frames it came through.
 */
final class PythonErrors {
    private PythonErrors() {}

    static LangError syntax(PySyntaxError e, String sourceLine) {
        Pos p = e.pos();
        int end = p.endLine() == p.line() ? p.endCol() : p.col() + 1;
        return LangError.python(e.kind(), e.getMessage(), new Span(p.line(), p.col(), Math.max(end, p.col() + 1)),
                sourceLine, null);
    }

    /** An uncaught Python exception of a statement the session ran. */
    static LangError from(PyException e, Interpreter in) {
        String message = Traceback.message(e.value);
        String type = Traceback.className(e.value);
        String last = Traceback.lastLine(type, message);
        List<PyException.Entry> frames = e.traceback;
        if (frames.isEmpty() || type.equals("KeyboardInterrupt")) {
            // Ctrl-C stops wherever the program happened to be: no line to point at.
            return LangError.python(type, message, Span.NONE, null, null);
        }
        PyException.Entry top = frames.get(frames.size() - 1);
        Span span = span(top, in);
        String traceback = null;
        boolean chained = e.value.dict.get("__cause__") instanceof dezero.lang.runtime.PyObject
                || e.value.dict.get("__context__") instanceof dezero.lang.runtime.PyObject;
        if (frames.size() > 1 || chained) {
            String full = Traceback.format(e, in);
            traceback = full.substring(0, full.length() - last.length() - 1);
        }
        return LangError.python(type, message, span, null, traceback);
    }

    /**
     * Where the error is: the failing expression, on whichever line of its statement it stands (a
     * call continued over lines fails on the line of its bad argument, as CPython 3.11 reports it),
     * or the statement's whole line when the interpreter knows no expression.
     */
    private static Span span(PyException.Entry f, Interpreter in) {
        Pos p = f.pos();
        if (p == null || p.line() < f.line()) {
            String line = in.sourceLine(f.file(), f.line());
            int indent = line == null ? 0 : line.length() - line.stripLeading().length();
            return new Span(f.line(), indent, line == null ? indent : line.stripTrailing().length());
        }
        int end = p.endLine() == p.line() ? p.endCol() : Integer.MAX_VALUE / 2;
        return new Span(p.line(), p.col(), end);
    }

    /** A failure the interpreter did not turn into a Python exception: mapped as it maps the engine's. */
    static LangError fromThrowable(Throwable e, Interpreter in) {
        if (e instanceof LangError l) {
            return l;
        }
        if (e instanceof OutOfMemoryError) {
            return new LangError(LangError.Kind.MemoryError, "out of memory (the Java heap holds at most "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB)", Span.NONE);
        }
        PyException p = Errors.fromJava(e);
        return from(p, in);
    }
}
