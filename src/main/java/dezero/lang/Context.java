package dezero.lang;

import dezero.core.Variable;

/** What builtins and commands may ask of the session that runs them. */
public interface Context {
    /** Prints a line of output (several lines if the text has newlines). */
    void print(String text);

    /**
     * Runs backward from {@code v}; the grads of the session's variables are all set or all left as
     * they were (if backward fails or is interrupted), then the new grads are reported.
     */
    void backward(Variable v, boolean retainGrad, boolean createGraph);
}
