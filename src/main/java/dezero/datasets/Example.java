package dezero.datasets;

import dezero.core.NDArray;

/** One item of a {@link Dataset}: its data and its label (null for a dataset without labels), after the transforms. */
public record Example(NDArray data, NDArray label) {}
