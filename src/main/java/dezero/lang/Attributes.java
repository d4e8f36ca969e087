package dezero.lang;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;
import dezero.functions.Functions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Attributes and methods: of a Variable ({@code data grad creator generation name shape ndim
 * size T}, {@code backward cleargrad reshape transpose sum}), of a Function ({@code inputs
 * outputs generation}), of an array ({@code shape ndim size T}) and of the modules.
 */
public final class Attributes {
    /** A Variable's attributes, in the order {@code help} and the completer show them. */
    public static final List<String> VARIABLE = List.of("data", "grad", "creator", "generation", "name", "shape",
            "ndim", "size", "T");
    /** A Function's attributes. */
    public static final List<String> FUNCTION = List.of("inputs", "outputs", "generation");
    /** An array's attributes. */
    public static final List<String> ARRAY = List.of("shape", "ndim", "size", "T");

    private static final Map<String, Builtin> VARIABLE_METHODS = new LinkedHashMap<>();

    static {
        method(Builtin.of("backward", "methods", "retain_grad=False, create_graph=False",
                "backward from this Variable; retain_grad keeps intermediate grads, create_graph records "
                        + "the gradient computation", "y.backward() then x.grad", a -> {
                    a.context().backward(self(a), a.bool("retain_grad"), a.bool("create_graph"));
                    return Value.NONE;
                }));
        method(Builtin.of("cleargrad", "methods", "", "forgets the gradient (step 14)", "x.cleargrad()", a -> {
            self(a).cleargrad();
            return Value.NONE;
        }));
        method(Builtin.of("reshape", "methods", "*shape", "reshape(x, shape) as a method",
                "x.reshape(2, 3) or x.reshape((2, 3))", a -> var(Functions.reshape(self(a), a.restShape()))));
        method(Builtin.of("transpose", "methods", "*axes", "transpose(x) as a method", "x.transpose()",
                a -> var(a.rest().isEmpty() ? Functions.transpose(self(a))
                        : Functions.transpose(self(a), a.restShape()))));
        method(Builtin.of("sum", "methods", "axis=None, keepdims=False", "sum(x, axis, keepdims) as a method",
                "x.sum(axis=0)", a -> {
                    boolean keepdims = a.bool("keepdims");
                    if (a.isNone("axis")) {
                        return var(keepdims ? Functions.sum(self(a), null, true) : Functions.sum(self(a)));
                    }
                    return var(Functions.sum(self(a), a.shape("axis"), keepdims));
                }));
    }

    private Attributes() {}

    private static void method(Builtin b) {
        VARIABLE_METHODS.put(b.name(), b);
    }

    /** A Variable's methods, by name. */
    public static Map<String, Builtin> variableMethods() {
        return java.util.Collections.unmodifiableMap(VARIABLE_METHODS);
    }

    /** The names {@code v.} can be followed by, for completion. */
    public static List<String> namesOf(Value v) {
        if (v instanceof Value.Var) {
            List<String> names = new ArrayList<>(VARIABLE);
            names.addAll(VARIABLE_METHODS.keySet());
            return names;
        }
        if (v instanceof Value.Fn) {
            return FUNCTION;
        }
        if (v instanceof Value.Array) {
            return ARRAY;
        }
        if (v instanceof Value.Module m) {
            return List.copyOf(m.members().keySet());
        }
        return List.of();
    }

    /** {@code object.name}, or an AttributeError at {@code span}. */
    public static Value get(Value object, String name, Span span) {
        Value found = find(object, name);
        if (found == null) {
            String did = Suggest.didYouMean(name, namesOf(object));
            String who = object instanceof Value.Module m ? "module '" + m.name() + "'"
                    : "'" + object.typeName() + "' object";
            throw new LangError(LangError.Kind.AttributeError, who + " has no attribute '" + name + "'" + did, span);
        }
        return found;
    }

    /** The method {@code name} of {@code self}, for a call. */
    static Builtin method(Value self, String name) {
        return self instanceof Value.Var ? VARIABLE_METHODS.get(name) : null;
    }

    private static Value find(Value object, String name) {
        if (object instanceof Value.Var x) {
            return VARIABLE_METHODS.containsKey(name) ? new Value.Method(object, name) : variable(x.variable(), name);
        }
        if (object instanceof Value.Fn f) {
            return function(f.function(), name);
        }
        if (object instanceof Value.Array a) {
            return array(a.array(), name);
        }
        if (object instanceof Value.Module m) {
            return m.members().get(name);
        }
        return null;
    }

    private static Value variable(Variable v, String name) {
        return switch (name) {
            case "data" -> new Value.Array(v.data);
            case "grad" -> v.grad == null ? Value.NONE : new Value.Var(v.grad);
            case "creator" -> v.creator == null ? Value.NONE : new Value.Fn(v.creator);
            case "generation" -> Value.Num.ofInt(v.generation);
            case "name" -> v.name == null ? Value.NONE : new Value.Str(v.name);
            case "T" -> var(Functions.transpose(v));
            default -> array(v.data, name);
        };
    }

    private static Value function(Function f, String name) {
        return switch (name) {
            case "inputs" -> variables(f.inputs());
            case "outputs" -> variables(f.outputs());
            case "generation" -> Value.Num.ofInt(f.generation());
            default -> null;
        };
    }

    private static Value array(NDArray a, String name) {
        return switch (name) {
            case "shape" -> Convert.tuple(a.shape());
            case "ndim" -> Value.Num.ofInt(a.ndim());
            case "size" -> Value.Num.ofInt(a.size());
            case "T" -> new Value.Array(a.transpose());
            default -> null;
        };
    }

    private static Value variables(List<Variable> vs) {
        List<Value> items = new ArrayList<>();
        for (Variable v : vs) {
            items.add(v == null ? Value.NONE : new Value.Var(v));
        }
        return new Value.ListValue(items);
    }

    private static Variable self(Args a) {
        return ((Value.Var) a.self()).variable();
    }

    private static Value var(Variable v) {
        return new Value.Var(v);
    }
}
