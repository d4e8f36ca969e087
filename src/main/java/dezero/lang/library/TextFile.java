package dezero.lang.library;

import dezero.lang.runtime.Errors;
import dezero.lang.runtime.Property;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyException;
import dezero.lang.runtime.PyList;
import dezero.lang.runtime.PyNone;
import dezero.lang.runtime.PyType;
import dezero.lang.runtime.Types;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

/**
 * A text file from {@code open(path, mode)}, UTF-8, as Python's {@code io.TextIOWrapper} behaves
 * for a learner's log or results file: {@code read}, {@code readline}, {@code readlines}, lines
 * by iteration, {@code write}, {@code writelines}, {@code close}, and {@code with}. Binary modes
 * are refused: the language has no bytes.
 */
final class TextFile {
    static final PyType TYPE = new PyType("TextIOWrapper", List.of(Types.OBJECT), false);
    /** io.UnsupportedOperation: an OSError and a ValueError, as in CPython. */
    static final PyType UNSUPPORTED = new PyType("UnsupportedOperation", List.of(Types.OS_ERROR, Types.VALUE_ERROR),
            false);
    private static final Sig OPEN = Sig.of("open", "file", "mode='r'", "buffering=-1", "encoding=None",
            "errors=None", "newline=None");

    static {
        TYPE.module = "_io";
        UNSUPPORTED.module = "io";
        TYPE.messageName = "_io.TextIOWrapper";
        Types.register(TextFile.class, TYPE);
        TYPE.dict.put("name", Property.of(f -> ((TextFile) f).name));
        TYPE.dict.put("mode", Property.of(f -> ((TextFile) f).mode));
        TYPE.dict.put("closed", Property.of(f -> ((TextFile) f).closed));
        ContainerMethods.method(TYPE, "read", (s, a, k) -> file(s).read(a.length == 0 ? -1 : Py.index(a[0])));
        ContainerMethods.method(TYPE, "readline", (s, a, k) -> file(s).readline());
        ContainerMethods.method(TYPE, "readlines", (s, a, k) -> {
            PyList out = new PyList();
            for (String line = file(s).readline(); !line.isEmpty(); line = file(s).readline()) {
                out.items.add(line);
            }
            return out;
        });
        ContainerMethods.method(TYPE, "write", (s, a, k) -> file(s).write(a[0]));
        ContainerMethods.method(TYPE, "writelines", (s, a, k) -> {
            for (Object line : Py.toList(a[0])) {
                file(s).write(line);
            }
            return PyNone.NONE;
        });
        ContainerMethods.method(TYPE, "flush", (s, a, k) -> file(s).flush());
        ContainerMethods.method(TYPE, "close", (s, a, k) -> file(s).close());
        ContainerMethods.method(TYPE, "__enter__", (s, a, k) -> file(s).open());
        ContainerMethods.method(TYPE, "__exit__", (s, a, k) -> {
            file(s).close();
            return false;
        });
        ContainerMethods.method(TYPE, "__iter__", (s, a, k) -> file(s).open());
        ContainerMethods.method(TYPE, "__next__", (s, a, k) -> {
            String line = file(s).readline();
            if (line.isEmpty()) {
                throw Py.error(Types.STOP_ITERATION, null);
            }
            return line;
        });
    }

    private final String name;
    private final String mode;
    private final BufferedReader reader;
    private final Writer writer;
    private boolean closed;

    private TextFile(String name, String mode, BufferedReader reader, Writer writer) {
        this.name = name;
        this.mode = mode;
        this.reader = reader;
        this.writer = writer;
    }

    /** {@code open(file, mode='r', ...)}: modes r, w, a and x, with an optional t. */
    static TextFile open(Object[] args, Map<String, Object> kwargs) {
        Object[] b = OPEN.bind(args, kwargs);
        if (!(b[0] instanceof String name)) {
            throw Py.typeError("expected str, bytes or os.PathLike object, not " + Py.typeName(b[0]));
        }
        String mode = Py.str(b[1]);
        String kind = mode.replace("t", "");
        if (mode.contains("b")) {
            throw Py.error(Types.VALUE_ERROR, "binary mode is not supported: the language has no bytes");
        }
        if (!List.of("r", "w", "a", "x").contains(kind)) {
            throw Py.error(Types.VALUE_ERROR, "invalid mode: '" + mode + "'");
        }
        Path path = Path.of(name);
        try {
            if (Files.isDirectory(path)) {
                throw Py.error(Types.IS_A_DIRECTORY_ERROR, "[Errno 21] Is a directory: " + Py.repr(name));
            }
            return switch (kind) {
                case "r" -> new TextFile(name, mode, Files.newBufferedReader(path, StandardCharsets.UTF_8), null);
                case "w" -> new TextFile(name, mode, null, Files.newBufferedWriter(path, StandardCharsets.UTF_8));
                case "a" -> new TextFile(name, mode, null, Files.newBufferedWriter(path, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND));
                default -> new TextFile(name, mode, null, Files.newBufferedWriter(path, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
            };
        } catch (IOException e) {
            throw Errors.fromIO(e, name);
        }
    }

    private static TextFile file(Object self) {
        return (TextFile) self;
    }

    private TextFile open() {
        if (closed) {
            throw Py.error(Types.VALUE_ERROR, "I/O operation on closed file.");
        }
        return this;
    }

    private BufferedReader reader() {
        open();
        if (reader == null) {
            throw Py.error(UNSUPPORTED, "not readable");
        }
        return reader;
    }

    private Writer writer() {
        open();
        if (writer == null) {
            throw Py.error(UNSUPPORTED, "not writable");
        }
        return writer;
    }

    /** Up to {@code size} characters, or the rest of the file. */
    private String read(long size) {
        StringBuilder b = new StringBuilder();
        for (int c; (size < 0 || b.length() < size) && (c = nextChar()) >= 0; ) {
            b.append((char) c);
        }
        return b.toString();
    }

    /** One line with its newline, or an empty string at the end. */
    private String readline() {
        StringBuilder b = new StringBuilder();
        for (int c = nextChar(); c >= 0; c = nextChar()) {
            b.append((char) c);
            if (c == '\n') {
                break;
            }
        }
        return b.toString();
    }

    /** The next character, -1 at the end; \r\n and \r read as \n (Python's universal newlines). */
    private int nextChar() {
        try {
            int c = reader().read();
            if (c == '\r') {
                reader.mark(1);
                if (reader.read() != '\n') {
                    reader.reset();
                }
                c = '\n';
            }
            return c;
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    private long write(Object s) {
        if (!(s instanceof String text)) {
            throw Py.typeError("write() argument must be str, not " + Py.typeName(s));
        }
        try {
            writer().write(text);
        } catch (IOException e) {
            throw ioError(e);
        }
        return text.codePointCount(0, text.length());
    }

    private Object flush() {
        try {
            if (open().writer != null) {
                writer.flush();
            }
        } catch (IOException e) {
            throw ioError(e);
        }
        return PyNone.NONE;
    }

    private Object close() {
        if (!closed) {
            closed = true;
            try {
                if (reader != null) {
                    reader.close();
                }
                if (writer != null) {
                    writer.close();
                }
            } catch (IOException e) {
                throw ioError(e);
            }
        }
        return PyNone.NONE;
    }

    private static PyException ioError(IOException e) {
        return Py.error(Types.OS_ERROR, String.valueOf(e.getMessage()));
    }

    @Override
    public String toString() {
        return "<_io.TextIOWrapper name=" + Py.repr(name) + " mode=" + Py.repr(mode) + " encoding='UTF-8'>";
    }
}
