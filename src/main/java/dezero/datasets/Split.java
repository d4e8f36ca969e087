package dezero.datasets;

/** Which part of a dataset: DeZero's {@code train=True} or {@code train=False}. */
public enum Split {
    TRAIN,
    TEST;

    /** DeZero's {@code train} argument as a split. */
    public static Split of(boolean train) {
        return train ? TRAIN : TEST;
    }
}
