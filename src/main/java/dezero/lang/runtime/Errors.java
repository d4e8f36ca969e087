package dezero.lang.runtime;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Java exceptions from the engine and the library, as the Python errors a user expects:
 * a shape mismatch is numpy's ValueError, an interrupted loop a KeyboardInterrupt.
 */
public final class Errors {
    private static final List<Function<Throwable, PyException>> MAPPERS = new CopyOnWriteArrayList<>();

    private Errors() {}

    /** Adds a translation tried before the generic ones; it returns null for exceptions it does not know. */
    public static void addMapper(Function<Throwable, PyException> mapper) {
        MAPPERS.add(0, mapper);
    }

    public static PyException fromJava(Throwable e) {
        if (e instanceof PyException p) {
            return p;
        }
        for (Function<Throwable, PyException> m : MAPPERS) {
            PyException p = m.apply(e);
            if (p != null) {
                return p;
            }
        }
        if (e instanceof StackOverflowError) {
            return Py.error(Types.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        if (e instanceof OutOfMemoryError) {
            return Py.error(Types.MEMORY_ERROR, null);
        }
        if (e instanceof CancellationException) {
            return Py.error(Types.KEYBOARD_INTERRUPT, null);
        }
        if (e instanceof ArithmeticException) {
            return Py.error(Types.ZERO_DIVISION_ERROR, e.getMessage());
        }
        if (e instanceof java.io.UncheckedIOException io) {
            return fromIO(io.getCause());
        }
        if (e instanceof IndexOutOfBoundsException) {
            return Py.indexError(e.getMessage());
        }
        if (e instanceof IllegalArgumentException) {
            return Py.valueError(e.getMessage());
        }
        if (e instanceof UnsupportedOperationException) {
            return Py.typeError(e.getMessage());
        }
        return Py.error(Types.RUNTIME_ERROR, "internal error: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }

    /** A file error as Python's OSError of the same kind: {@code [Errno 2] No such file or directory: 'x.npz'}. */
    static PyException fromIO(java.io.IOException e) {
        return fromIO(e, null);
    }

    /**
     * {@link #fromIO(java.io.IOException)} naming the file as the program did ({@code name}), or
     * as the exception does when that is null.
     */
    public static PyException fromIO(java.io.IOException e, String name) {
        if (e instanceof java.nio.file.FileSystemException fs && (name != null || fs.getFile() != null)) {
            String file = Py.repr(name != null ? name : fs.getFile());
            if (e instanceof java.nio.file.NoSuchFileException) {
                return Py.error(Types.FILE_NOT_FOUND_ERROR, "[Errno 2] No such file or directory: " + file);
            }
            if (e instanceof java.nio.file.AccessDeniedException) {
                return Py.error(Types.PERMISSION_ERROR, "[Errno 13] Permission denied: " + file);
            }
            if (e instanceof java.nio.file.FileAlreadyExistsException) {
                return Py.error(Types.FILE_EXISTS_ERROR, "[Errno 17] File exists: " + file);
            }
            String reason = fs.getReason();
            if (e instanceof java.nio.file.NotDirectoryException || "Not a directory".equals(reason)) {
                return Py.error(Types.NOT_A_DIRECTORY_ERROR, "[Errno 20] Not a directory: " + file);
            }
            if ("Is a directory".equals(reason)) {
                return Py.error(Types.IS_A_DIRECTORY_ERROR, "[Errno 21] Is a directory: " + file);
            }
        }
        return Py.error(Types.OS_ERROR, e.getMessage());
    }
}
