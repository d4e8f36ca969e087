package dezero.lang;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;
import java.util.List;
import java.util.Map;

/** A value of the REPL language: what a name holds and what an expression gives. */
public sealed interface Value {
    /** The single {@code None}. */
    Value NONE = new NoneValue();

    /** Python's {@code type(v).__name__}, for messages: {@code 'float'}, {@code 'Variable'}. */
    String typeName();

    /** A Python {@code int} ({@code isInt}) or {@code float}. */
    record Num(double value, boolean isInt) implements Value {
        public static Num ofInt(long v) {
            return new Num(v, true);
        }

        public static Num ofFloat(double v) {
            return new Num(v, false);
        }

        @Override
        public String typeName() {
            return isInt ? "int" : "float";
        }
    }

    record Str(String value) implements Value {
        @Override
        public String typeName() {
            return "str";
        }
    }

    record Bool(boolean value) implements Value {
        @Override
        public String typeName() {
            return "bool";
        }
    }

    /** {@code None}; use {@link Value#NONE}. */
    record NoneValue() implements Value {
        @Override
        public String typeName() {
            return "NoneType";
        }
    }

    /** A list; in arithmetic and as an argument it stands for an array, as numpy's {@code as_array}. */
    record ListValue(List<Value> items) implements Value {
        @Override
        public String typeName() {
            return "list";
        }
    }

    /** A tuple, as shapes are: {@code (3,)}. */
    record Tuple(List<Value> items) implements Value {
        @Override
        public String typeName() {
            return "tuple";
        }
    }

    /** A numpy array ({@code x.data}, {@code np.ones(3)}). */
    record Array(NDArray array) implements Value {
        @Override
        public String typeName() {
            return "ndarray";
        }
    }

    record Var(Variable variable) implements Value {
        @Override
        public String typeName() {
            return "Variable";
        }
    }

    /** A function of the graph ({@code y.creator}): {@code <Square gen=1>}. */
    record Fn(Function function) implements Value {
        @Override
        public String typeName() {
            return function.name();
        }
    }

    /** A builtin function of the registry ({@code square}, {@code np.ones}). */
    record BuiltinFn(Builtin builtin) implements Value {
        @Override
        public String typeName() {
            return "builtin_function_or_method";
        }
    }

    /** A method bound to its object ({@code y.backward} before the call). */
    record Method(Value self, String name) implements Value {
        @Override
        public String typeName() {
            return "method";
        }
    }

    /** {@code np} or {@code np.random}. */
    record Module(String name, Map<String, Value> members) implements Value {
        @Override
        public String typeName() {
            return "module";
        }
    }
}
