package dezero.lang.runtime;

import java.util.Map;

/** A function written in Java: {@code len}, {@code list.append}, {@code np.array}. Methods take self first. */
public final class Builtin {
    /** The call: positional arguments and keyword arguments (an empty map when there are none). */
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
