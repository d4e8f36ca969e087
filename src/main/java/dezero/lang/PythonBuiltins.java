package dezero.lang;

import dezero.core.Variable;
import java.util.List;
import java.util.stream.Collectors;

/** The few Python builtins the book's lines use: {@code print}, {@code Variable}, {@code len}. */
final class PythonBuiltins {
    private static final String G = "python";

    private PythonBuiltins() {}

    static void addTo(List<Builtin> all) {
        all.add(Builtin.of("print", G, "*values, sep=' '", "prints the values as Python's print does",
                "print('x.grad', x.grad) prints x.grad variable(3.0)", a -> {
                    String sep = a.get("sep") instanceof Value.Str s ? s.value() : " ";
                    a.context().print(a.rest().stream().map(Repr::str).collect(Collectors.joining(sep)));
                    return Value.NONE;
                }));
        all.add(Builtin.of("Variable", G, "data, name=None",
                "a leaf Variable holding an array, a list or a number",
                "Variable(np.array(3.0)) is variable(3.0)", PythonBuiltins::variable));
        all.add(Builtin.of("len", G, "obj", "the length of a list, a tuple, a string or an array's first axis",
                "len([1, 2, 3]) is 3", PythonBuiltins::len));
    }

    private static Value variable(Args a) {
        if (a.get("data") instanceof Value.Var) {
            throw LangError.type("Variable() takes an array, a list or a number, not a Variable",
                    a.spanOf("data"));
        }
        Variable v = new Variable(a.array("data"));
        Value name = a.get("name");
        if (name instanceof Value.Str s) {
            v.name = s.value();
        } else if (!(name instanceof Value.NoneValue)) {
            throw LangError.type("Variable() argument 'name' must be a string, not '" + name.typeName() + "'",
                    a.spanOf("name"));
        }
        return new Value.Var(v);
    }

    private static Value len(Args a) {
        Value v = a.get("obj");
        int n;
        if (v instanceof Value.ListValue l) {
            n = l.items().size();
        } else if (v instanceof Value.Tuple t) {
            n = t.items().size();
        } else if (v instanceof Value.Str s) {
            n = s.value().length();
        } else {
            int[] shape = v instanceof Value.Var x ? x.variable().shape()
                    : v instanceof Value.Array arr ? arr.array().shape() : null;
            if (shape == null) {
                throw LangError.type("object of type '" + v.typeName() + "' has no len()", a.spanOf("obj"));
            }
            if (shape.length == 0) {
                throw LangError.type("len() of unsized object", a.spanOf("obj"));
            }
            n = shape[0];
        }
        return Value.Num.ofInt(n);
    }
}
