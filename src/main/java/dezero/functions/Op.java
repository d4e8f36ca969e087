package dezero.functions;

import java.util.ArrayList;
import java.util.List;

/**
 * One function of DeZero's {@code F} as the language binds it: its DeZero name, the method of
 * {@link Functions} that implements it for Java, its parameters written as Python would
 * ({@code "x, axis=1"}), a one-line doc, an example, and the call.
 */
public record Op(String name, String javaName, List<Param> params, String doc, String example, Invoker invoker) {

    /** A parameter; {@code defaultValue} is the Python literal of its default ({@code "None"}, {@code "0.5"}), or null when required. */
    public record Param(String name, String defaultValue, boolean rest) {}

    /** Calls the op on bound arguments; returns a Variable, an NDArray or a Java value. */
    @FunctionalInterface
    public interface Invoker {
        Object invoke(Arguments args);
    }

    /** Parses {@code params} such as {@code "x, axis=None, keepdims=False"} or {@code "x, *shape"}. */
    static Op of(String name, String javaName, String params, String doc, String example, Invoker invoker) {
        List<Param> list = new ArrayList<>();
        for (String p : params.split(",")) {
            String s = p.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (s.startsWith("*")) {
                list.add(new Param(s.substring(1), null, true));
            } else if (s.contains("=")) {
                String[] kv = s.split("=", 2);
                list.add(new Param(kv[0].strip(), kv[1].strip(), false));
            } else {
                list.add(new Param(s, null, false));
            }
        }
        return new Op(name, javaName, List.copyOf(list), doc, example, invoker);
    }

    /** {@code softmax(x, axis=1)}. */
    public String signature() {
        List<String> ps = new ArrayList<>();
        for (Param p : params) {
            ps.add(p.rest() ? "*" + p.name() : p.defaultValue() == null ? p.name() : p.name() + "=" + p.defaultValue());
        }
        return name + "(" + String.join(", ", ps) + ")";
    }
}
