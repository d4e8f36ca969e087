package dezero.lang.library;

import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyException;
import dezero.lang.runtime.PyNone;
import dezero.lang.runtime.Types;
import dezero.lang.syntax.Parser;
import dezero.lang.syntax.PySyntaxError;
import dezero.lang.syntax.Stmt;
import java.util.List;

/**
 * Python's interactive mode over the interpreter, with no terminal I/O: each input runs in
 * {@code __main__}, the value of an expression statement is echoed as its repr (None is not), and
 * an error prints CPython's interactive report and leaves the session as it was.
 */
public final class PythonSession {
    private static final String FILE = "<stdin>";
    private final PythonRuntime python;
    private final Output out;
    private final Output err;
    private boolean exitRequested;
    private int exitCode;

    public PythonSession(Output out, Output err) {
        this.out = out;
        this.err = err;
        this.python = new PythonRuntime(out, err, List.of(""));
        python.interpreter().importer().path.items.add(0, "");
    }

    /** Runs one input of the prompt (one or more statements); false when it ended in an error. */
    public boolean run(String text) {
        List<Stmt> body;
        try {
            body = Parser.parseModule(text);
        } catch (PySyntaxError e) {
            String[] lines = text.split("\n", -1);
            int n = e.pos().line();
            err.write(Traceback.syntaxError(e, FILE, n >= 1 && n <= lines.length ? lines[n - 1] : null));
            return false;
        }
        try {
            for (Stmt s : body) {
                if (s instanceof Stmt.ExprStmt e) {
                    Object v = python.interpreter().evalIn(e.value(), FILE, python.main());
                    if (v != PyNone.NONE) {
                        python.interpreter().builtins().dict.put("_", v);
                        out.write(Py.repr(v) + "\n");
                    }
                } else {
                    python.interpreter().runStatements(List.of(s), FILE, python.main());
                }
            }
            return true;
        } catch (PyException e) {
            if (e.is(Types.SYSTEM_EXIT)) {
                Object code = e.value.dict.getOrDefault("code", PyNone.NONE);
                exitRequested = true;
                exitCode = code == PyNone.NONE ? 0 : Py.isInt(code) ? (int) Py.index(code) : 1;
                return true;
            }
            err.write(Traceback.format(e, python.interpreter()));
            return false;
        }
    }

    /**
     * What Tab offers for {@code word}: names of the session, the builtins and the keywords; after
     * a dot, the attributes of what the dotted name before it holds ({@code np.ra} gives
     * {@code np.random}, {@code np.random.randn} ...). Nothing is evaluated but name lookups.
     */
    public List<String> completions(String word) {
        return Completions.of(python.main(), python.interpreter().builtins(), word);
    }

    /** True for a name that holds a function or a class here (the prompt colours it). */
    public boolean isFunctionName(String name) {
        Object v = Completions.resolve(python.main(), python.interpreter().builtins(), name);
        return v != null && Py.callable(v);
    }

    /** Stops the running input with KeyboardInterrupt at its next statement (from any thread). */
    public void interrupt() {
        python.interpreter().interrupt();
    }

    /** True after {@code exit()} or {@code sys.exit()}. */
    public boolean exitRequested() {
        return exitRequested;
    }

    public int exitCode() {
        return exitCode;
    }
}
