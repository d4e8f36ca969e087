package dezero.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry of the builtins registry: a name, its group for {@code help}, its parameters
 * (written as Python would: {@code "x, axis=None, keepdims=False"}), a one-line doc, an example
 * and the implementation. Methods ({@code y.backward}) are entries too, with the object as
 * {@link Args#self()}.
 */
public record Builtin(String name, String group, List<Param> params, String doc, String example, Impl impl) {

    /** A parameter; {@code defaultValue} is null when it is required; {@code rest} collects {@code *args}. */
    public record Param(String name, Value defaultValue, boolean rest) {}

    /** The implementation; bad arguments throw {@link LangError} through {@link Args}. */
    @FunctionalInterface
    public interface Impl {
        Value call(Args args);
    }

    /** Builds an entry, parsing {@code params} such as {@code "x, axis=None"} or {@code "*shape"}. */
    public static Builtin of(String name, String group, String params, String doc, String example, Impl impl) {
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
                list.add(new Param(kv[0].strip(), literal(kv[1].strip()), false));
            } else {
                list.add(new Param(s, null, false));
            }
        }
        return new Builtin(name, group, List.copyOf(list), doc, example, impl);
    }

    /** {@code add(x0, x1)}, {@code sum(x, axis=None, keepdims=False)}, {@code randn(*shape)}. */
    public String signature() {
        List<String> ps = new ArrayList<>();
        for (Param p : params) {
            ps.add(p.rest() ? "*" + p.name() : p.defaultValue() == null ? p.name()
                    : p.name() + "=" + Repr.repr(p.defaultValue()));
        }
        return name + "(" + String.join(", ", ps) + ")";
    }

    /** The number of required parameters. */
    public int minArgs() {
        return (int) params.stream().filter(p -> p.defaultValue() == null && !p.rest()).count();
    }

    /** The most positional arguments accepted, or -1 when a {@code *rest} takes any number. */
    public int maxArgs() {
        return params.stream().anyMatch(Param::rest) ? -1 : params.size();
    }

    private static Value literal(String s) {
        return switch (s) {
            case "None" -> Value.NONE;
            case "True" -> new Value.Bool(true);
            case "False" -> new Value.Bool(false);
            default -> s.startsWith("'") ? new Value.Str(s.substring(1, s.length() - 1))
                    : new Value.Num(Double.parseDouble(s), !s.contains("."));
        };
    }
}
