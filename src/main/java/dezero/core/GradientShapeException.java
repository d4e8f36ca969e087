package dezero.core;

/**
 * Backward gave an input a gradient whose shape is not the input's: the input's data changed
 * shape after the forward pass ({@code x.data = ...}), or a function's backward is wrong. A user
 * error (Python's ValueError), not an internal one; it holds the input so a front end can name it.
 */
public final class GradientShapeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient Variable input;
    private final int[] gradientShape;

    GradientShapeException(String function, int index, Variable input, int[] gradientShape) {
        super(function + ".backward gave a gradient of shape " + Shapes.compact(gradientShape) + " for input "
                + index + " of shape " + Shapes.compact(input.data.shapeRef()) + ": the input's data changed shape"
                + " after the forward pass, or the backward is wrong");
        this.input = input;
        this.gradientShape = gradientShape.clone();
    }

    /** The input whose gradient does not fit. */
    public Variable input() {
        return input;
    }

    /** The shape of the gradient: the input's shape when the function ran forward. */
    public int[] gradientShape() {
        return gradientShape.clone();
    }
}
