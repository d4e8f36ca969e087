package dezero.lang.library;

import dezero.core.Variable;
import dezero.layers.Layer;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyObject;
import dezero.models.Model;

/**
 * The engine's side of a user class derived from DeZero's {@code Layer} or {@code Model}: its
 * parameters and sub-layers are registered as the Python object sets them, and {@link #forward}
 * calls the Python method.
 */
final class PythonModel extends Model {
    final PyObject owner;
    /** For a subclass of a library layer (L.Linear): that layer, built by the base's constructor. */
    Layer base;

    PythonModel(PyObject owner) {
        this.owner = owner;
    }

    @Override
    public Variable forward(Variable... xs) {
        Object[] args = new Object[xs.length];
        System.arraycopy(xs, 0, args, 0, xs.length);
        return DezeroTypes.asVariable(Py.call(Py.getattr(owner, "forward"), args));
    }
}
