package dezero.lang.library;

import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyInt;
import dezero.lang.runtime.Types;

/** The methods of int and float that everyday code calls. */
final class NumberMethods {
    private NumberMethods() {}

    static void install() {
        ContainerMethods.method(Types.INT, "bit_length", (s, a, k) -> (long) PyInt.big(s).abs().bitLength());
        ContainerMethods.method(Types.INT, "__index__", (s, a, k) -> PyInt.of(s));
        ContainerMethods.method(Types.FLOAT, "is_integer", (s, a, k) -> {
            double d = (Double) s;
            return !Double.isInfinite(d) && d == Math.rint(d);
        });
        ContainerMethods.method(Types.FLOAT, "__float__", (s, a, k) -> s);
        ContainerMethods.method(Types.INT, "__float__", (s, a, k) -> Py.toDouble(s));
        ContainerMethods.method(Types.FLOAT, "__int__", (s, a, k) -> (long) (double) (Double) s);
    }
}
