package dezero.lang.runtime;

import dezero.lang.syntax.Pos;
import java.util.ArrayList;
import java.util.List;

/**
 * A Python exception on its way up the Java stack: the exception object and the frames it left,
 * innermost first, for the traceback.
 */
public final class PyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** One line of a traceback: where a frame was when the exception passed through it. */
    public record Entry(String file, int line, String function, Pos pos, Pos operator) {}

    public final transient PyObject value;
    public final transient List<Entry> traceback = new ArrayList<>();
    /** The innermost expression that failed in the frame being left, for the caret line. */
    transient Pos pending;
    /** Where the failing binary operator's symbol is, when the failing expression is one (3.11's {@code ~~^^~~}). */
    transient Pos pendingOperator;

    public PyException(PyObject value) {
        super(null, null, false, false);
        this.value = value;
    }

    /** The class name: {@code TypeError}. */
    public String typeName() {
        return value.type.name;
    }

    @Override
    public String getMessage() {
        return Py.exceptionText(value);
    }

    /** Records that the exception left {@code frame} (called once per frame, innermost first). */
    void leave(Frame frame) {
        traceback.add(new Entry(frame.filename, frame.line, frame.name(), pending, pendingOperator));
        pending = null;
        pendingOperator = null;
    }

    /** True when this exception is (a subclass of) the built-in class named {@code name}. */
    public boolean is(PyType type) {
        return value.type.isSubtypeOf(type);
    }
}
