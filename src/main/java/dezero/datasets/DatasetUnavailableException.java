package dezero.datasets;

/** A dataset's files are not in the cache and cannot be downloaded (no network, a bad URL). */
public final class DatasetUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DatasetUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
