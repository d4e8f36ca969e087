package dezero.lang;

import dezero.core.NDArray;
import dezero.core.Variable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The arguments of one call, bound to a {@link Builtin}'s parameters as Python binds them, with
 * conversions that raise the language's TypeError naming the function and the argument.
 */
public final class Args {
    private final Builtin builtin;
    private final Value self;
    private final Value[] values;
    private final Span[] spans;
    private final List<Value> rest;
    private final Span callSpan;
    private final Context context;

    private Args(Builtin builtin, Value self, Value[] values, Span[] spans, List<Value> rest, Span callSpan,
            Context context) {
        this.builtin = builtin;
        this.self = self;
        this.values = values;
        this.spans = spans;
        this.rest = rest;
        this.callSpan = callSpan;
        this.context = context;
    }

    /** An argument as written in the call: its value and its span. */
    public record Arg(String keyword, Value value, Span span) {}

    /** Binds positional and keyword arguments, or throws a TypeError in Python's words. */
    public static Args bind(Builtin b, Value self, List<Arg> args, Span callSpan, Context context) {
        List<Builtin.Param> params = b.params();
        Value[] values = new Value[params.size()];
        Span[] spans = new Span[params.size()];
        List<Value> rest = new ArrayList<>();
        int positional = 0;
        for (Arg a : args) {
            if (a.keyword() != null) {
                continue;
            }
            if (positional < params.size() && !params.get(positional).rest()) {
                values[positional] = a.value();
                spans[positional] = a.span();
                positional++;
            } else if (positional < params.size()) {
                rest.add(a.value());
            } else {
                throw arity(b, args.size(), callSpan);
            }
        }
        for (Arg a : args) {
            if (a.keyword() == null) {
                continue;
            }
            int i = indexOf(params, a.keyword());
            if (i < 0 || params.get(i).rest()) {
                throw LangError.type(b.name() + "() got an unexpected keyword argument '" + a.keyword() + "'",
                        a.span());
            }
            if (values[i] != null) {
                throw LangError.type(b.name() + "() got multiple values for argument '" + a.keyword() + "'",
                        a.span());
            }
            values[i] = a.value();
            spans[i] = a.span();
        }
        for (int i = 0; i < params.size(); i++) {
            Builtin.Param p = params.get(i);
            if (values[i] == null && !p.rest()) {
                if (p.defaultValue() == null) {
                    throw arity(b, args.size(), callSpan);
                }
                values[i] = p.defaultValue();
                spans[i] = callSpan;
            }
        }
        return new Args(b, self, values, spans, List.copyOf(rest), callSpan, context);
    }

    private static LangError arity(Builtin b, int given, Span span) {
        int min = b.minArgs();
        int max = b.maxArgs();
        String takes = max < 0 ? "at least " + min + (min == 1 ? " argument" : " arguments")
                : min == max ? min + (min == 1 ? " argument" : " arguments")
                : "from " + min + " to " + max + " arguments";
        return LangError.type(b.name() + "() takes " + takes + " (" + given + " given)", span);
    }

    private static int indexOf(List<Builtin.Param> params, String name) {
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The object of a method call ({@code y} in {@code y.backward()}), or null for a function. */
    public Value self() {
        return self;
    }

    public Context context() {
        return context;
    }

    /** The span of the whole call. */
    public Span span() {
        return callSpan;
    }

    /** The value bound to {@code name} (its default if not given). */
    public Value get(String name) {
        return values[index(name)];
    }

    /** The span of the argument bound to {@code name} (the call's span for a default). */
    public Span spanOf(String name) {
        return spans[index(name)];
    }

    /** The values collected by the {@code *rest} parameter. */
    public List<Value> rest() {
        return rest;
    }

    public boolean isNone(String name) {
        return get(name) instanceof Value.NoneValue;
    }

    /** The argument as a Variable: numbers, lists and arrays become constants (DeZero's {@code as_variable}). */
    public Variable variable(String name) {
        return Convert.toVariable(get(name), spanOf(name), what(name));
    }

    public NDArray array(String name) {
        return Convert.toArray(get(name), spanOf(name), what(name));
    }

    public double number(String name) {
        return Convert.toDouble(get(name), spanOf(name), what(name));
    }

    public int integer(String name) {
        return Convert.toInt(get(name), spanOf(name), what(name));
    }

    public boolean bool(String name) {
        Value v = get(name);
        if (v instanceof Value.Bool b) {
            return b.value();
        }
        if (v instanceof Value.Num n) {
            return n.value() != 0;
        }
        throw LangError.type(what(name) + " must be True or False, not '" + v.typeName() + "'", spanOf(name));
    }

    /** A shape from one argument: an int, or a tuple or list of ints. */
    public int[] shape(String name) {
        return Convert.toShape(get(name), spanOf(name), what(name));
    }

    /** A shape from the {@code *rest} values: {@code (2, 3)} given as one tuple or as {@code 2, 3}. */
    public int[] restShape() {
        if (rest.size() == 1 && (rest.get(0) instanceof Value.Tuple || rest.get(0) instanceof Value.ListValue)) {
            return Convert.toShape(rest.get(0), callSpan, builtin.name() + "() shape");
        }
        int[] shape = new int[rest.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = Convert.toInt(rest.get(i), callSpan, builtin.name() + "() dimension " + i);
        }
        return shape;
    }

    /** How an argument is named in a message: {@code square() argument 'x'}. */
    public String what(String name) {
        return builtin.name() + "() argument '" + name + "'";
    }

    private int index(String name) {
        for (int i = 0; i < builtin.params().size(); i++) {
            if (builtin.params().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(builtin.name() + " has no parameter '" + name + "'; it has "
                + Arrays.toString(builtin.params().stream().map(Builtin.Param::name).toArray()));
    }
}
