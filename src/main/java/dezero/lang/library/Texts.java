package dezero.lang.library;

import dezero.lang.runtime.Errors;
import dezero.lang.runtime.Formatting;
import dezero.lang.runtime.Items;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyDict;
import dezero.lang.runtime.PyException;
import dezero.lang.runtime.PyFunction;
import dezero.lang.runtime.PyList;
import dezero.lang.runtime.PyTuple;
import dezero.lang.runtime.Types;
import java.util.List;

/** The interpreter's side of the formatters: how they reach values they cannot format themselves. */
final class Texts implements ValueText {
    static final Texts INSTANCE = new Texts();

    private Texts() {}

    /** Connects the formatters to the runtime's {@code %} and {@code format()}, and their errors to Python's. */
    static void install() {
        Formatting.install(new Formatting.Impl() {
            @Override
            public String percent(String template, Object args) {
                return PercentFormat.format(template, args, INSTANCE);
            }

            @Override
            public String format(Object value, String spec) {
                return FormatSpec.format(value, spec, INSTANCE);
            }
        });
        Errors.addMapper(new java.util.function.Function<Throwable, PyException>() {
            @Override
            public PyException apply(Throwable e) {
                return e instanceof FormatError f ? toPython(f) : null;
            }
        });
    }

    static PyException toPython(FormatError f) {
        if (f.pythonType().equals("KeyError")) {
            return Py.error(Types.KEY_ERROR, f.getMessage());
        }
        return Py.error(Types.exception(f.pythonType()), f.getMessage());
    }

    @Override
    public String str(Object v) {
        return Py.str(v);
    }

    @Override
    public String repr(Object v) {
        return Py.repr(v);
    }

    @Override
    public String format(Object v, String spec) {
        Object special = Py.type(v).lookup("__format__");
        if (special instanceof PyFunction) {
            Object r = Py.callBound(special, v, spec);
            if (!(r instanceof String s)) {
                throw Py.typeError("__format__ must return a str, not " + Py.typeName(r));
            }
            return s;
        }
        Object number = toNumber(v);
        if (number != null && !(v instanceof dezero.core.NDArray)) {
            return FormatSpec.format(number, spec, this);
        }
        if (spec.isEmpty()) {
            return Py.str(v);
        }
        throw Py.typeError("unsupported format string passed to " + Py.typeName(v) + ".__format__");
    }

    @Override
    public Object getItem(Object container, Object key) {
        return Items.get(container, key);
    }

    @Override
    public Object getAttr(Object v, String name) {
        return Py.getattr(v, name);
    }

    @Override
    public boolean isMapping(Object v) {
        return v instanceof PyDict || v instanceof PyList
                || (!(v instanceof PyTuple) && !(v instanceof String) && Py.type(v).lookup("__getitem__") != null);
    }

    @Override
    public boolean isTuple(Object v) {
        return v instanceof PyTuple;
    }

    @Override
    public List<Object> tupleItems(Object v) {
        return List.of(((PyTuple) v).items);
    }

    @Override
    public String typeName(Object v) {
        return Py.typeName(v);
    }

    @Override
    public Object toNumber(Object v) {
        if (Py.isNumber(v)) {
            return v;
        }
        for (String name : new String[] {"__index__", "__float__", "__int__"}) {
            Object m = Py.specialMethod(v, name);
            if (m != null) {
                try {
                    return Py.call(m);
                } catch (PyException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
