package dezero.lang.library;

import dezero.lang.runtime.Builtin;
import dezero.lang.runtime.ClassMethod;
import dezero.lang.runtime.Property;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyInt;
import dezero.lang.runtime.PyTuple;
import dezero.lang.runtime.Types;

/** The methods of int and float that everyday code calls. */
final class NumberMethods {
    /**
     * The number itself, a bool as its int: int's __index__ and conjugate, float's conjugate and
     * __float__.
     */
    private static final ContainerMethods.Method THE_NUMBER = new ContainerMethods.Method() {
        @Override
        public Object call(Object s, Object[] a, java.util.Map<String, Object> k) {
            return PyInt.of(s);
        }
    };

    private NumberMethods() {}

    static void install() {
        ContainerMethods.method(Types.INT, "bit_length", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, java.util.Map<String, Object> k) {
                return (long) PyInt.big(s).abs().bitLength();
            }
        });
        ContainerMethods.method(Types.INT, "__index__", THE_NUMBER);
        ContainerMethods.method(Types.FLOAT, "is_integer", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, java.util.Map<String, Object> k) {
                double d = (Double) s;
                return !Double.isInfinite(d) && d == Math.rint(d);
            }
        });
        // The numbers' parts, as numbers.Integral and numbers.Real describe them.
        Types.INT.dict.put("real", Property.of(new Part(Part.SELF)));
        Types.INT.dict.put("imag", Property.of(new Part(0L)));
        Types.INT.dict.put("numerator", Property.of(new Part(Part.SELF)));
        Types.INT.dict.put("denominator", Property.of(new Part(1L)));
        Types.FLOAT.dict.put("real", Property.of(new Part(Part.SELF)));
        Types.FLOAT.dict.put("imag", Property.of(new Part(0.0)));
        ContainerMethods.method(Types.INT, "conjugate", THE_NUMBER);
        ContainerMethods.method(Types.FLOAT, "conjugate", THE_NUMBER);
        ContainerMethods.method(Types.INT, "bit_count", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, java.util.Map<String, Object> k) {
                return (long) PyInt.big(s).abs().bitCount();
            }
        });
        ContainerMethods.method(Types.INT, "as_integer_ratio", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, java.util.Map<String, Object> k) {
                return new PyTuple(PyInt.of(s), 1L);
            }
        });
        ContainerMethods.method(Types.FLOAT, "as_integer_ratio", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, java.util.Map<String, Object> k) {
                return FloatHex.integerRatio((Double) s);
            }
        });
        ContainerMethods.method(Types.FLOAT, "hex", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, java.util.Map<String, Object> k) {
                return FloatHex.hex((Double) s);
            }
        });
        Types.FLOAT.dict.put("fromhex", new ClassMethod(new Builtin("fromhex", new Builtin.Body() {
            @Override
            public Object call(Object[] a, java.util.Map<String, Object> k) {
                if (a.length != 2) {
                    throw Py.typeError("float.fromhex() takes exactly one argument (" + (a.length - 1) + " given)");
                }
                if (!(a[1] instanceof String text)) {
                    throw Py.typeError("bad argument type for built-in operation");
                }
                return FloatHex.fromhex(text);
            }
        })));
        ContainerMethods.method(Types.FLOAT, "__float__", THE_NUMBER);
        ContainerMethods.method(Types.INT, "__float__", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, java.util.Map<String, Object> k) {
                return Py.toDouble(s);
            }
        });
        ContainerMethods.method(Types.FLOAT, "__int__", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, java.util.Map<String, Object> k) {
                return (long) (double) (Double) s;
            }
        });
    }

    /** A part of a number: the number itself (an int for a bool), or a constant (an imaginary part of zero). */
    private static final class Part implements java.util.function.Function<Object, Object> {
        static final Object SELF = new Object();
        private final Object constant;

        Part(Object constant) {
            this.constant = constant;
        }

        @Override
        public Object apply(Object number) {
            return constant == SELF ? PyInt.of(number) : constant;
        }
    }
}
