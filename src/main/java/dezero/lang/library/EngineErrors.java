package dezero.lang.library;

import dezero.core.DTypeException;
import dezero.core.IndexException;
import dezero.core.MemoryException;
import dezero.core.OperandTypeException;
import dezero.core.OverflowException;
import dezero.core.ShapeException;
import dezero.core.ZeroDivisionException;
import dezero.datasets.DatasetUnavailableException;
import dezero.layers.MissingWeightException;
import dezero.lang.runtime.Errors;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyException;
import dezero.lang.runtime.Types;

/** The engine's and the library's exceptions as the Python errors numpy and DeZero raise. */
final class EngineErrors {
    /**
     * numpy's message for an axis past the last, compiled on the first error that needs it: a
     * regex compiled at class load cost every program's start some 5 ms (the regex engine cold).
     */
    private static final class AxisOutOfBounds {
        static final java.util.regex.Pattern MESSAGE =
                java.util.regex.Pattern.compile("axis -?\\d+ is out of bounds for array of dimension \\d+");
    }

    private EngineErrors() {}

    static void install() {
        Errors.addMapper(new java.util.function.Function<Throwable, PyException>() {
            @Override
            public PyException apply(Throwable v) {
                return EngineErrors.map(v);
            }
        });
    }

    private static PyException map(Throwable e) {
        String m = e.getMessage();
        if (e instanceof ShapeException) {
            // numpy raises its AxisError (a ValueError and an IndexError) for an axis past the last
            return m != null && AxisOutOfBounds.MESSAGE.matcher(m).matches() ? Py.error(NumpyModule.AXIS_ERROR, m)
                    : Py.valueError(m);
        }
        if (e instanceof IndexException) {
            return Py.indexError(m);
        }
        if (e instanceof DTypeException) {
            return Py.error(m != null && m.startsWith("Cannot cast ufunc") ? NumpyModule.UFUNC_TYPE_ERROR
                    : Types.TYPE_ERROR, m);
        }
        if (e instanceof OperandTypeException) {
            return Py.typeError(m);
        }
        if (e instanceof OverflowException) {
            return Py.error(Types.OVERFLOW_ERROR, m);
        }
        if (e instanceof ZeroDivisionException) {
            return Py.zeroDivision(m);
        }
        if (e instanceof MemoryException) {
            return Py.error(Types.MEMORY_ERROR, m);
        }
        if (e instanceof MissingWeightException) {
            return Py.keyError(m);
        }
        if (e instanceof DatasetUnavailableException) {
            return Py.error(Types.OS_ERROR, m);
        }
        return null;
    }
}
