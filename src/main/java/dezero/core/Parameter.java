package dezero.core;

/**
 * A Variable that a layer learns (DeZero's {@code Parameter}): the same in every computation;
 * layers collect their parameters by this type and optimizers update them.
 */
public class Parameter extends Variable {
    /** A parameter holding {@code data}. */
    public Parameter(NDArray data) {
        super(data);
    }

    /** A parameter without data yet (DeZero's {@code Parameter(None, name='W')}), sized by its layer later. */
    public static Parameter empty(String name) {
        return new Parameter(name);
    }

    private Parameter(String name) {
        super(name);
    }

    /** A parameter holding {@code data}, labelled {@code name} (DeZero's {@code Parameter(data, name='W')}). */
    public Parameter(NDArray data, String name) {
        super(data, name);
    }
}
