package dezero.lang.library;

import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyInt;
import dezero.lang.runtime.Types;

/** The methods of int and float that everyday code calls. */
final class NumberMethods {
    private NumberMethods() {}

    static void install() {
        ContainerMethods.method(Types.INT, "bit_length", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, java.util.Map<String, Object> k) {
                return (long) PyInt.big(s).abs().bitLength();
            }
        });
        ContainerMethods.method(Types.INT, "__index__", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, java.util.Map<String, Object> k) {
                return PyInt.of(s);
            }
        });
        ContainerMethods.method(Types.FLOAT, "is_integer", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, java.util.Map<String, Object> k) {
                double d = (Double) s;
                return !Double.isInfinite(d) && d == Math.rint(d);
            }
        });
        ContainerMethods.method(Types.FLOAT, "__float__", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, java.util.Map<String, Object> k) {
                return s;
            }
        });
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
}
