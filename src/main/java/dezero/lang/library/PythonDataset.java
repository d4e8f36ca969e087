package dezero.lang.library;

import dezero.datasets.Dataset;
import dezero.datasets.Example;
import dezero.lang.runtime.Items;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyFunction;
import dezero.lang.runtime.PyNone;
import dezero.lang.runtime.PyObject;
import dezero.lang.runtime.PyTuple;

/**
 * The engine's side of a user class derived from DeZero's {@code Dataset}: examples come from the
 * Python object's {@code __getitem__} if it defines one, else from its {@code data} and
 * {@code label} attributes, as DeZero's base class does.
 */
final class PythonDataset extends Dataset {
    final PyObject owner;

    PythonDataset(PyObject owner) {
        super(true);
        this.owner = owner;
    }

    @Override
    protected void prepare() {
        // The Python object's prepare() runs from its __init__.
    }

    @Override
    public Example get(int index) {
        Object item = Py.type(owner).lookup("__getitem__") instanceof PyFunction
                ? Py.call(Py.getattr(owner, "__getitem__"), (long) index) : baseItem(index);
        Object[] xt = item instanceof PyTuple t ? t.items : new Object[] {item, PyNone.NONE};
        return new Example(NpArrays.operand(xt[0]), xt[1] == PyNone.NONE ? null : NpArrays.operand(xt[1]));
    }

    /** DeZero's {@code Dataset.__getitem__}: the transformed row of data and of label. */
    Object baseItem(long index) {
        Object data = owner.dict.getOrDefault("data", PyNone.NONE);
        Object label = owner.dict.getOrDefault("label", PyNone.NONE);
        Object transform = owner.dict.getOrDefault("transform", PyNone.NONE);
        Object targetTransform = owner.dict.getOrDefault("target_transform", PyNone.NONE);
        Object x = Items.get(data, index);
        if (transform != PyNone.NONE) {
            x = Py.call(transform, x);
        }
        if (label == PyNone.NONE) {
            return new PyTuple(x, PyNone.NONE);
        }
        Object t = Items.get(label, index);
        if (targetTransform != PyNone.NONE) {
            t = Py.call(targetTransform, t);
        }
        return new PyTuple(x, t);
    }

    @Override
    public int len() {
        if (Py.type(owner).lookup("__len__") instanceof PyFunction) {
            return (int) Py.len(owner);
        }
        return (int) Py.len(owner.dict.getOrDefault("data", PyNone.NONE));
    }

}
