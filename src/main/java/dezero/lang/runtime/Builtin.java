package dezero.lang.runtime;

import java.util.Map;

/** A function written in Java: {@code len}, {@code list.append}, {@code np.array}. Methods take self first. */
public final class Builtin {
    /**
     * The call: positional arguments and keyword arguments (an empty map when there are none).
     *
     * <p>The library's bindings implement it (and the other small interfaces they register) as
     * anonymous classes, not lambdas, although a lambda reads shorter: on JDK 17 a lambda costs
     * about 0.1 ms the first time its expression runs (the call site is linked through method
     * handles, even when the class-data archive holds its class), where an anonymous class loads
     * from the archive in a tenth of that. Every session and program registers some 600 bindings,
     * so lambdas took 50-60 ms of a 140 ms start. {@code scripts/dev/LambdasToClasses.java}
     * rewrites the lambdas of a file as anonymous classes; a lambda elsewhere costs only its 0.1 ms.
     */
    @FunctionalInterface
    public interface Body {
        Object call(Object[] args, Map<String, Object> kwargs);
    }

    public final String name;
    public final Body body;
    /** What {@code help()} shows: the signature on the first line, then the description; or null. */
    public String doc;

    public Builtin(String name, Body body) {
        this.name = name;
        this.body = body;
    }

    @Override
    public String toString() {
        return "<built-in function " + name + ">";
    }
}
