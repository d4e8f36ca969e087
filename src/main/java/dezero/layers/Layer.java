package dezero.layers;

import dezero.core.NDArray;
import dezero.core.Parameter;
import dezero.core.Variable;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DeZero's {@code Layer}: holds parameters and sub-layers registered by attribute name, in the
 * order they were first set (DeZero iterates a {@code set}, whose order varies; ours is stable).
 * A Java subclass registers its parts with {@link #register}; the language registers a user
 * class's attributes through {@link #setattr}. Subclasses implement {@link #forward}.
 */
public abstract class Layer {
    private final Map<String, Object> parts = new LinkedHashMap<>();
    private List<WeakReference<Variable>> inputs = List.of();
    private List<WeakReference<Variable>> outputs = List.of();

    /** The computation of this layer on its inputs. */
    public abstract Variable forward(Variable... inputs);

    /** DeZero's {@code __call__}: {@link #forward}, remembering the inputs and the output weakly. */
    public Variable apply(Variable... xs) {
        Variable y = forward(xs);
        List<WeakReference<Variable>> in = new ArrayList<>();
        for (Variable x : xs) {
            in.add(new WeakReference<>(x));
        }
        inputs = in;
        outputs = List.of(new WeakReference<>(y));
        return y;
    }

    /** {@link #apply} on an array, as DeZero's layers take ndarrays too. */
    public Variable apply(NDArray x) {
        return apply(new Variable(x));
    }

    /** The inputs of the last call still alive (null where collected). */
    public List<Variable> inputs() {
        return inputs.stream().map(WeakReference::get).toList();
    }

    /** The output of the last call still alive (null where collected). */
    public List<Variable> outputs() {
        return outputs.stream().map(WeakReference::get).toList();
    }

    /**
     * Registers a parameter or a sub-layer under {@code name} (DeZero's {@code __setattr__}) and returns
     * it, for {@code this.W = register("W", new Parameter(...))}.
     */
    protected final <T> T register(String name, T value) {
        setattr(name, value);
        return value;
    }

    /**
     * DeZero's {@code __setattr__}: a {@link Parameter} or a {@link Layer} is registered under
     * {@code name} (keeping the place of its first registration); any other value set on a
     * registered name leaves the name registered with nothing under it (as {@code self.b = None}).
     */
    public void setattr(String name, Object value) {
        if (value instanceof Parameter || value instanceof Layer) {
            parts.put(name, value);
        } else if (parts.containsKey(name)) {
            parts.put(name, null);
        }
    }

    /** The parameter or sub-layer registered under {@code name}, or null. */
    public Object getattr(String name) {
        return parts.get(name);
    }

    /** The names registered, in order. */
    public Set<String> names() {
        return Collections.unmodifiableSet(parts.keySet());
    }

    /** Every parameter of this layer and its sub-layers, depth first, in registration order. */
    public List<Parameter> params() {
        List<Parameter> out = new ArrayList<>();
        for (Object o : parts.values()) {
            if (o instanceof Layer l) {
                out.addAll(l.params());
            } else if (o instanceof Parameter p) {
                out.add(p);
            }
        }
        return out;
    }

    /** Clears the gradient of every parameter. */
    public void cleargrads() {
        for (Parameter p : params()) {
            p.cleargrad();
        }
    }

    /** DeZero's {@code to_cpu()}: the parameters already live on the CPU. */
    public void toCpu() {
        for (Parameter p : params()) {
            p.toCpu();
        }
    }

    /** DeZero's {@code to_gpu()}: no GPU here, the parameters stay on the CPU. */
    public void toGpu() {
        for (Parameter p : params()) {
            p.toGpu();
        }
    }

    /** DeZero's {@code _flatten_params}: every parameter keyed by its path, {@code l0/W}. */
    public Map<String, Parameter> flattenParams() {
        Map<String, Parameter> out = new LinkedHashMap<>();
        flattenInto(out, "");
        return out;
    }

    private void flattenInto(Map<String, Parameter> out, String parent) {
        for (Map.Entry<String, Object> e : parts.entrySet()) {
            String key = parent.isEmpty() ? e.getKey() : parent + "/" + e.getKey();
            if (e.getValue() instanceof Layer l) {
                l.flattenInto(out, key);
            } else if (e.getValue() instanceof Parameter p) {
                out.put(key, p);
            }
        }
    }

    /**
     * Writes every parameter's data to a numpy {@code .npz} file that {@code np.load} reads, keyed as
     * DeZero keys them; as numpy does, {@code .npz} is appended to a path without it.
     *
     * @throws IllegalStateException when a parameter has no data yet (run a forward first)
     */
    public void saveWeights(String path) {
        String file = path.endsWith(".npz") ? path : path + ".npz";
        Map<String, NDArray> arrays = new LinkedHashMap<>();
        for (Map.Entry<String, Parameter> e : flattenParams().entrySet()) {
            if (e.getValue().data == null) {
                throw new IllegalStateException("cannot save '" + e.getKey()
                        + "': it has no data yet (a layer sizes its parameters at its first input: run a forward first)");
            }
            arrays.put(e.getKey(), e.getValue().data);
        }
        Npz.save(Path.of(file), arrays);
    }

    /**
     * Sets every parameter's data from an {@code .npz} file (written here or by Python DeZero).
     *
     * @throws MissingWeightException when the file has no array for a parameter, as numpy's KeyError
     */
    public void loadWeights(String path) {
        Map<String, NDArray> arrays = Npz.load(Path.of(path));
        for (Map.Entry<String, Parameter> e : flattenParams().entrySet()) {
            NDArray a = arrays.get(e.getKey());
            if (a == null) {
                throw new MissingWeightException(e.getKey());
            }
            e.getValue().data = a;
        }
    }
}
