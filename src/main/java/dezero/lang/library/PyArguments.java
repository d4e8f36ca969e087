package dezero.lang.library;

import dezero.core.NDArray;
import dezero.core.Variable;
import dezero.functions.Arguments;
import dezero.functions.Op;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyNone;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    private final Map<String, Object> values;
    private final List<Object> rest;

    private PyArguments(String op, Map<String, Object> values, List<Object> rest) {
        this.op = op;
        this.values = values;
        this.rest = rest;
    }

    static PyArguments bind(Op op, Object[] args, Map<String, Object> kwargs) {
        List<Op.Param> params = op.params();
        String[] names = new String[params.size()];
        Object[] defaults = new Object[params.size()];
        List<Object> rest = new ArrayList<>();
        int positional = args.length;
        for (int i = 0; i < params.size(); i++) {
            Op.Param p = params.get(i);
            names[i] = p.name();
            if (p.rest()) {
                for (int j = i; j < args.length; j++) {
                    rest.add(args[j]);
                }
                positional = Math.min(args.length, i);
            }
            if (p.defaultValue() != null) {
                defaults[i] = literal(p.defaultValue());
            }
        }
        Object[] pos = java.util.Arrays.copyOf(args, positional);
        List<String> bound = new ArrayList<>();
        List<Object> boundDefaults = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (!params.get(i).rest()) {
                bound.add(names[i]);
                boundDefaults.add(defaults[i]);
            }
        }
        if (pos.length > bound.size()) {
            // DeZero's functions are Python functions: their words, not a C builtin's.
            long required = boundDefaults.stream().filter(d -> d == null).count();
            String takes = required == bound.size() ? bound.size() + " positional argument" + (bound.size() == 1 ? "" : "s")
                    : "from " + required + " to " + bound.size() + " positional arguments";
            throw Py.typeError(op.name() + "() takes " + takes + " but " + pos.length
                    + (pos.length == 1 ? " was" : " were") + " given");
        }
        Object[] values = dezero.lang.runtime.Calls.builtinArgs(op.name(), bound.toArray(new String[0]),
                boundDefaults.toArray(), pos, kwargs);
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.put(bound.get(i), values[i]);
        }
        return new PyArguments(op.name(), map, rest);
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
        Object v = values.get(name);
        if ((Py.isNumber(v) || v instanceof NpScalar) && !(name.equals("x1") && ARRAY_SECOND_OPERAND.contains(op))) {
            throw Py.typeError(Py.repr(Py.type(v)) + " is not supported");
        }
        return DezeroTypes.asVariable(v);
    }

    @Override
    public NDArray array(String name) {
        return DezeroTypes.asArray(values.get(name));
    }

    @Override
    public double number(String name) {
        Object v = values.get(name);
        return v instanceof NpScalar s ? s.array().item() : Py.toDouble(v);
    }

    @Override
    public int integer(String name) {
        return (int) Py.index(values.get(name));
    }

    @Override
    public boolean bool(String name) {
        return Py.truthy(values.get(name));
    }

    @Override
    public boolean isNone(String name) {
        return values.get(name) == PyNone.NONE;
    }

    @Override
    public int[] shape(String name) {
        return NpArrays.shape(values.get(name));
    }

    @Override
    public List<Object> rest() {
        return rest;
    }

    @Override
    public Object value(String name) {
        Object v = values.get(name);
        if (name.equals("slices")) {
            return DezeroTypes.selection(v);
        }
        return v;
    }
}
