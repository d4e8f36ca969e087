package dezero.viz;

import java.nio.file.Path;

/**
 * What {@link Graphs#render} did: the file it wrote and the one line the REPL prints.
 *
 * @param status what happened
 * @param written the file written: the one asked for, or the {@code .dot} beside it when the
 *                picture could not be made
 * @param message one line for the user, e.g. {@code wrote y.png}
 */
public record RenderResult(Status status, Path written, String message) {

    /** The outcomes of a render. */
    public enum Status {
        /** DOT text written to the {@code .dot} file asked for. */
        DOT_WRITTEN,
        /** Graphviz {@code dot} made the picture asked for. */
        RENDERED,
        /** {@code dot} is not on PATH: the {@code .dot} was written beside the picture's name. */
        NO_DOT,
        /** {@code dot} did not finish in time and was stopped: the {@code .dot} was written instead. */
        TIMED_OUT,
        /** {@code dot} failed: the {@code .dot} was written instead. */
        DOT_FAILED
    }

    /** True when the file asked for was written. */
    public boolean ok() {
        return status == Status.DOT_WRITTEN || status == Status.RENDERED;
    }
}
