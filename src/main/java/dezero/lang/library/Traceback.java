package dezero.lang.library;

import dezero.lang.runtime.Interpreter;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyException;
import dezero.lang.runtime.PyObject;
import dezero.lang.runtime.Suggestions;
import dezero.lang.runtime.Types;
import dezero.lang.syntax.Pos;
import dezero.lang.syntax.PySyntaxError;
import java.util.List;

/** CPython 3.11's traceback text: the frames outermost first, each with its source line and carets. */
public final class Traceback {
    private Traceback() {}

    /**
     * The whole report of an uncaught exception, ending with a newline. Frames of the library's own
     * Python modules ({@code unittest}, {@code dezero.utils}) are left out, as those of its Java
     * functions are: a learner's traceback ends in the learner's code.
     */
    public static String format(PyException e, Interpreter in) {
        StringBuilder b = new StringBuilder();
        Object cause = e.value.dict.get("__cause__");
        Object context = e.value.dict.get("__context__");
        if (cause instanceof PyObject c) {
            b.append(format(chained(c), in)).append(
                    "\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (context instanceof PyObject c) {
            b.append(format(chained(c), in)).append(
                    "\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        List<PyException.Entry> frames = e.traceback;
        if (!frames.isEmpty()) {
            b.append("Traceback (most recent call last):\n");
            for (int i = frames.size() - 1; i >= 0; i--) {
                PyException.Entry f = frames.get(i);
                if (f.file().startsWith(PythonRuntime.LIBRARY_FILE)) {
                    continue;
                }
                b.append("  File \"").append(shownName(f.file())).append("\", line ").append(f.line()).append(", in ")
                        .append(f.function()).append('\n');
                String line = in.sourceLine(f.file(), f.line());
                if (line != null && !line.isBlank()) {
                    String stripped = line.strip();
                    b.append("    ").append(stripped).append('\n');
                    String carets = carets(line, stripped, f.pos(), f.operator(), f.line());
                    if (carets != null) {
                        b.append(carets).append('\n');
                    }
                }
            }
        }
        b.append(lastLine(e.value)).append('\n');
        return b.toString();
    }

    /**
     * The name a frame's file shows: each input typed at a prompt is kept as {@code <stdin>#N}, so a
     * function defined three inputs ago still shows its own lines; it shows as {@code <stdin>}.
     */
    static String shownName(String file) {
        return file.startsWith(PROMPT_INPUT) ? "<stdin>" : file;
    }

    /** The prefix of the name under which a prompt keeps input number N: {@code <stdin>#N}. */
    public static final String PROMPT_INPUT = "<stdin>#";

    private static PyException chained(PyObject c) {
        return c.dict.get("__traceback__") instanceof PyException e ? e : new PyException(c);
    }

    /** {@code TypeError: message}, or the class alone when there is no message. */
    public static String lastLine(PyObject exc) {
        return lastLine(className(exc), message(exc));
    }

    /** {@link #lastLine(PyObject)} of a class name and a {@link #message} already found. */
    public static String lastLine(String className, String message) {
        return message.isEmpty() ? className : className + ": " + message;
    }

    /**
     * The message a report shows: {@code str(e)} and CPython's "Did you mean" hint; a SyntaxError
     * raised by running code (eval, exec) shows its msg, as CPython's report does.
     */
    public static String message(PyObject exc) {
        return exc.type.isSubtypeOf(Types.SYNTAX_ERROR) && exc.dict.get("msg") instanceof String m ? m
                : Py.exceptionText(exc) + Suggestions.forReport(exc);
    }

    /** The exception's class as the report names it: {@code KeyError}, a module's {@code dezero.core.MyError}. */
    public static String className(PyObject exc) {
        return exc.type.module.equals("builtins") || exc.type.module.equals("__main__") ? exc.type.name
                : exc.type.qualifiedName();
    }

    /** The caret line under the failing expression, or null when it covers the whole statement. */
    private static String carets(String line, String stripped, Pos pos, Pos operator, int lineNo) {
        if (pos == null || pos.line() != lineNo) {
            return null;
        }
        int indent = line.indexOf(stripped);
        int start = pos.col() - indent;
        int end = (pos.endLine() == lineNo ? pos.endCol() : line.length()) - indent;
        if (start < 0 || end > stripped.length() || end <= start) {
            return null;
        }
        if (start == 0 && end == stripped.length()) {
            return null;
        }
        if (operator != null) {
            // 3.11 marks the operands with ~ and the operator's symbol with ^.
            int symbol = operator.col() - indent;
            int symbolEnd = operator.endCol() - indent;
            StringBuilder b = new StringBuilder("    ").append(" ".repeat(start));
            for (int i = start; i < end; i++) {
                b.append(i >= symbol && i < symbolEnd ? '^' : '~');
            }
            return b.toString();
        }
        return "    " + " ".repeat(start) + "^".repeat(end - start);
    }

    /** A syntax error as CPython reports it for a file: where, the line, a caret, the message. */
    public static String syntaxError(PySyntaxError e, String file, String sourceLine) {
        StringBuilder b = new StringBuilder();
        b.append("  File \"").append(file).append("\", line ").append(e.pos().line()).append('\n');
        if (sourceLine != null && sourceLine.indexOf('\0') >= 0) {
            // CPython shows such a line up to its NUL, with no caret.
            b.append("    ").append(sourceLine.substring(0, sourceLine.indexOf('\0')).strip()).append('\n');
        } else if (sourceLine != null) {
            String stripped = sourceLine.stripLeading();
            int indent = sourceLine.length() - stripped.length();
            b.append("    ").append(stripped.stripTrailing()).append('\n');
            String msg = e.getMessage();
            if (!msg.equals("unexpected indent")) {
                int col = Math.max(0, e.pos().col() - indent);
                int width = e.kind().equals("IndentationError") || e.pos().endLine() != e.pos().line() ? 1
                        : Math.max(1, e.pos().endCol() - e.pos().col());
                if (msg.startsWith("unindent does not match")) {
                    col = stripped.stripTrailing().length();
                }
                b.append("    ").append(" ".repeat(col)).append("^".repeat(width)).append('\n');
            }
        }
        b.append(e.kind()).append(": ").append(e.getMessage()).append('\n');
        return b.toString();
    }

    static boolean isSystemExit(PyException e) {
        return e.is(Types.SYSTEM_EXIT);
    }
}
