package dezero.lang.library;

import dezero.core.Function;
import dezero.core.NDArray;
import dezero.core.Variable;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyNone;
import dezero.lang.runtime.PyObject;
import dezero.lang.runtime.PyTuple;

/**
 * The engine's side of a user class derived from DeZero's {@code Function}: the engine calls
 * {@link #forward} and {@link #backward}, which call the Python methods of the same names.
 */
final class PythonFunction extends Function {
    final PyObject owner;

    PythonFunction(PyObject owner) {
        this.owner = owner;
    }

    @Override
    public NDArray[] forward(NDArray... xs) {
        Object[] args = new Object[xs.length];
        System.arraycopy(xs, 0, args, 0, xs.length);
        Object ys = Py.call(Py.getattr(owner, "forward"), args);
        Object[] items = ys instanceof PyTuple t ? t.items : new Object[] {ys};
        NDArray[] out = new NDArray[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = DezeroTypes.asArray(items[i]);
        }
        return out;
    }

    @Override
    public Variable[] backward(Variable... gys) {
        Object[] args = new Object[gys.length];
        System.arraycopy(gys, 0, args, 0, gys.length);
        Object gxs = Py.call(Py.getattr(owner, "backward"), args);
        Object[] items = gxs instanceof PyTuple t ? t.items : new Object[] {gxs};
        Variable[] out = new Variable[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = items[i] == PyNone.NONE ? null : DezeroTypes.asVariable(items[i]);
        }
        return out;
    }

    @Override
    public String name() {
        return owner.type.name;
    }
}
