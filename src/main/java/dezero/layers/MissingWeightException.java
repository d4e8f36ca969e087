package dezero.layers;

/** A weights file has no array for a parameter: numpy's {@code KeyError: 'l0/W is not a file in the archive'}. */
public final class MissingWeightException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MissingWeightException(String key) {
        super("'" + key + " is not a file in the archive'");
    }
}
