package dezero.lang.library;

import dezero.core.NDArray;
import dezero.core.Variable;
import dezero.functions.Arguments;
import dezero.functions.Op;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyNone;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A call's Python arguments bound to an op's parameters, converted as DeZero converts them. */
final class PyArguments implements Arguments {
    /**
     * DeZero's {@code add sub mul div} pass their second operand through {@code as_array} first, so
     * {@code add(x, 1)} works; every other input of a Function goes through {@code as_variable},
     * which takes a Variable or an ndarray only: {@code square(2)} is DeZero's TypeError.
     */
    private static final java.util.Set<String> ARRAY_SECOND_OPERAND = java.util.Set.of("add", "sub", "mul", "div");

    private final String op;
    private final String[] names;
    private final Object[] values;
    private final List<Object> rest;

    private PyArguments(String op, String[] names, Object[] values, List<Object> rest) {
        this.op = op;
        this.names = names;
        this.values = values;
        this.rest = rest;
    }

    /** The value bound to parameter {@code name} (null for a name the op does not have). */
    private Object get(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return values[i];
            }
        }
        return null;
    }

    /**
     * An op's parameters as binding needs them, worked out once per op rather than at every call
     * (a training step of the book calls F's functions some ten times).
     */
    static final class Binder {
        private final Op op;
        /** The parameters other than {@code *rest}, in order, and their defaults (null: required). */
        private final String[] names;
        private final Object[] defaults;
        /** Where {@code *rest} starts among the positional arguments, or -1. */
        private final int restAt;

        Binder(Op op) {
            this.op = op;
            List<String> bound = new ArrayList<>();
            List<Object> boundDefaults = new ArrayList<>();
            int rest = -1;
            for (Op.Param p : op.params()) {
                if (p.rest()) {
                    rest = bound.size();
                } else {
                    bound.add(p.name());
                    boundDefaults.add(p.defaultValue() == null ? null : literal(p.defaultValue()));
                }
            }
            this.names = bound.toArray(new String[0]);
            this.defaults = boundDefaults.toArray();
            this.restAt = rest;
        }

        PyArguments bind(Object[] args, Map<String, Object> kwargs) {
            List<Object> rest = List.of();
            Object[] pos = args;
            if (restAt >= 0 && args.length > restAt) {
                rest = new ArrayList<>(java.util.Arrays.asList(args).subList(restAt, args.length));
                pos = java.util.Arrays.copyOf(args, restAt);
            }
            if (pos.length > names.length) {
                // DeZero's functions are Python functions: their words, not a C builtin's.
                long required = java.util.Arrays.stream(defaults).filter(d -> d == null).count();
                String takes = required == names.length ? names.length + " positional argument" + (names.length == 1 ? "" : "s")
                        : "from " + required + " to " + names.length + " positional arguments";
                throw Py.typeError(op.name() + "() takes " + takes + " but " + pos.length
                        + (pos.length == 1 ? " was" : " were") + " given");
            }
            Object[] values = dezero.lang.runtime.Calls.builtinArgs(op.name(), names, defaults, pos, kwargs);
            return new PyArguments(op.name(), names, values, rest);
        }
    }

    private static Object literal(String s) {
        return switch (s) {
            case "None" -> PyNone.NONE;
            case "True" -> true;
            case "False" -> false;
            default -> s.contains(".") || s.contains("e") ? (Object) Double.parseDouble(s) : (Object) Long.parseLong(s);
        };
    }

    @Override
    public Variable variable(String name) {
        Object v = get(name);
        if ((Py.isNumber(v) || v instanceof NpScalar) && !(name.equals("x1") && ARRAY_SECOND_OPERAND.contains(op))) {
            throw Py.typeError(Py.repr(Py.type(v)) + " is not supported");
        }
        return DezeroTypes.asVariable(v);
    }

    @Override
    public NDArray array(String name) {
        return DezeroTypes.asArray(get(name));
    }

    @Override
    public double number(String name) {
        Object v = get(name);
        return v instanceof NpScalar s ? s.array().item() : Py.toDouble(v);
    }

    @Override
    public int integer(String name) {
        return (int) Py.index(get(name));
    }

    @Override
    public boolean bool(String name) {
        return Py.truthy(get(name));
    }

    @Override
    public boolean isNone(String name) {
        return get(name) == PyNone.NONE;
    }

    @Override
    public int[] shape(String name) {
        return NpArrays.shape(get(name));
    }

    @Override
    public List<Object> rest() {
        return rest;
    }

    @Override
    public Object value(String name) {
        Object v = get(name);
        if (name.equals("slices")) {
            return DezeroTypes.selection(v);
        }
        return v;
    }
}
