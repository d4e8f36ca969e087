package dezero.lang.library;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** A {@link ValueText} over the test values of {@link PythonCases}: lists, tuples, dicts and None. */
class TestValues implements ValueText {

    @Override
    public String str(Object v) {
        return repr(v);
    }

    @Override
    public String repr(Object v) {
        if (v instanceof PythonCases.Tuple tuple) {
            List<Object> items = tuple.items();
            StringJoiner j = new StringJoiner(", ", "(", items.size() == 1 ? ",)" : ")");
            items.forEach(x -> j.add(ValueText.reprOf(x, this)));
            return j.toString();
        }
        if (v instanceof List<?> list) {
            StringJoiner j = new StringJoiner(", ", "[", "]");
            list.forEach(x -> j.add(ValueText.reprOf(x, this)));
            return j.toString();
        }
        if (v instanceof Map<?, ?> map) {
            StringJoiner j = new StringJoiner(", ", "{", "}");
            map.forEach((k, x) -> j.add(ValueText.reprOf(k, this) + ": " + ValueText.reprOf(x, this)));
            return j.toString();
        }
        return "None";
    }

    @Override
    public String format(Object v, String spec) {
        if (spec.isEmpty()) {
            return str(v);
        }
        throw new FormatError("TypeError", "unsupported format string passed to " + typeName(v) + ".__format__");
    }

    @Override
    public Object getItem(Object container, Object key) {
        if (container instanceof Map<?, ?> map) {
            if (!map.containsKey(key)) {
                throw new FormatError("KeyError", ValueText.reprOf(key, this));
            }
            return map.get(key);
        }
        String name = ValueText.typeNameOf(container, this);
        if (container instanceof List<?> || container instanceof String) {
            if (!(key instanceof Long index)) {
                throw new FormatError("TypeError", name.equals("str") ? "string indices must be integers, not 'str'"
                        : name + " indices must be integers or slices, not " + ValueText.typeNameOf(key, this));
            }
            int size = container instanceof String s ? s.length() : ((List<?>) container).size();
            long i = index < 0 ? index + size : index;
            if (i < 0 || i >= size) {
                throw new FormatError("IndexError", (name.equals("str") ? "string" : name) + " index out of range");
            }
            return container instanceof String s ? String.valueOf(s.charAt((int) i)) : ((List<?>) container).get((int) i);
        }
        throw new FormatError("TypeError", "'" + name + "' object is not subscriptable");
    }

    @Override
    public Object getAttr(Object v, String name) {
        if (v instanceof Long && name.equals("real")) {
            return v;
        }
        throw new FormatError("AttributeError", "'" + ValueText.typeNameOf(v, this) + "' object has no attribute '"
                + name + "'");
    }

    @Override
    public boolean isMapping(Object v) {
        return v instanceof Map || v instanceof List;
    }

    @Override
    public boolean isTuple(Object v) {
        return v instanceof PythonCases.Tuple;
    }

    @Override
    public List<Object> tupleItems(Object v) {
        return ((PythonCases.Tuple) v).items();
    }

    @Override
    public String typeName(Object v) {
        if (v instanceof PythonCases.Tuple) {
            return "tuple";
        }
        return v instanceof List ? "list" : v instanceof Map ? "dict" : "NoneType";
    }

    @Override
    public Object toNumber(Object v) {
        return null;
    }
}
