package dezero.cli;

/** One thing to run from the command line, in the order given: a script file or an {@code -e} line. */
record Source(String text, boolean isFile) {
    static Source file(String path) {
        return new Source(path, true);
    }

    static Source line(String line) {
        return new Source(line, false);
    }
}
