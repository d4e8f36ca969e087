package dezero.lang;

import dezero.io.AtomicFile;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** {@code load FILE} runs a script in this session; {@code save FILE [force]} writes the accepted lines. */
final class FileCommands {
    private FileCommands() {}

    static void addTo(Commands c) {
        c.register(new Command("load", "load FILE", "runs a script in this session; stops at its first error",
                List.of("FILE"), true, Handlers.LOAD));
        c.register(new Command("save", "save FILE [force]",
                "writes the lines accepted so far as a script; 'force' overwrites an existing file",
                List.of("FILE", "force"), false, Handlers.SAVE));
    }

    private static void load(CommandContext ctx) {
        ctx.expectWords(1, 1);
        String name = ctx.word(0);
        Span at = ctx.span(0);
        Path path = path(name, at);
        if (Files.isDirectory(path)) {
            throw new LangError(LangError.Kind.IsADirectoryError, "[Errno 21] Is a directory: '" + name + "'", at);
        }
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            // Opening a FIFO or a terminal blocks until a writer comes, beyond the reach of Ctrl-C.
            throw notRegular(name, at);
        }
        try (InputStream in = Files.newInputStream(path)) {
            ctx.session().execScript(name, PhysicalLines.utf8(in));
        } catch (IOException e) {
            throw fileError(e, name, at);
        }
    }

    private static void save(CommandContext ctx) {
        ctx.expectWords(1, 2);
        if (ctx.size() == 2 && !ctx.word(1).equals("force")) {
            throw ctx.usage(1);
        }
        String name = ctx.word(0);
        Span at = ctx.span(0);
        Path path = path(name, at);
        Path script = ctx.session().runningScript(path);
        if (script != null) {
            throw new LangError(LangError.Kind.OSError, "cannot save over '" + name
                    + "': it is the script running now, and saving would cut it to the lines run so far", at);
        }
        List<String> lines = ctx.session().acceptedLines();
        try {
            AtomicFile.write(path, ctx.size() == 2, out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                for (String line : lines) {
                    w.write(line);
                    w.write('\n');
                }
                w.flush();
            });
        } catch (FileAlreadyExistsException e) {
            throw new LangError(LangError.Kind.FileExistsError, "[Errno 17] File exists: '" + name
                    + "'; 'save " + name + " force' overwrites it", at);
        } catch (IOException e) {
            throw fileError(e, name, at);
        }
        // A block (a def, a loop) is one statement of several lines: the count is the file's lines.
        long written = lines.stream().mapToLong(l -> l.split("\n", -1).length).sum();
        ctx.print("saved " + written + (written == 1 ? " line" : " lines") + " to " + name);
    }

    private static Path path(String name, Span at) {
        if (name.isEmpty()) {
            throw new LangError(LangError.Kind.FileNotFoundError, "[Errno 2] No such file or directory: ''", at);
        }
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new LangError(LangError.Kind.OSError, "invalid file name '" + name + "': " + e.getReason(), at);
        }
    }

    /** Python's error for a failed file operation on {@code name}; Ctrl-C during it is a KeyboardInterrupt. */
    static LangError fileError(IOException e, String name, Span at) {
        if (e instanceof ClosedByInterruptException || e instanceof InterruptedIOException) {
            Thread.interrupted();
            return LangError.interrupted();
        }
        if (e instanceof NoSuchFileException) {
            return new LangError(LangError.Kind.FileNotFoundError,
                    "[Errno 2] No such file or directory: '" + name + "'", at);
        }
        if (e instanceof FileAlreadyExistsException) {
            return new LangError(LangError.Kind.FileExistsError, "[Errno 17] File exists: '" + name
                    + "'; add 'force' to replace it", at);
        }
        if (e instanceof AccessDeniedException) {
            return new LangError(LangError.Kind.PermissionError, "[Errno 13] Permission denied: '" + name + "'", at);
        }
        if (e instanceof PhysicalLines.NotUtf8Exception) {
            return new LangError(LangError.Kind.OSError, "'" + name + "' is not a UTF-8 text file: "
                    + e.getMessage(), at);
        }
        if (e instanceof CharacterCodingException) {
            return new LangError(LangError.Kind.OSError, "'" + name + "' is not a UTF-8 text file", at);
        }
        if (e instanceof FileSystemException f && "Not a directory".equals(f.getReason())) {
            return new LangError(LangError.Kind.NotADirectoryError, "[Errno 20] Not a directory: '" + name + "'", at);
        }
        if (e instanceof FileSystemException f && "Read-only file system".equals(f.getReason())) {
            return new LangError(LangError.Kind.OSError, "[Errno 30] Read-only file system: '" + name + "'", at);
        }
        if (e instanceof FileSystemException f && AtomicFile.IS_DIRECTORY.equals(f.getReason())) {
            return new LangError(LangError.Kind.IsADirectoryError, "[Errno 21] Is a directory: '" + name + "'", at);
        }
        if (e instanceof FileSystemException f && AtomicFile.NOT_REGULAR.equals(f.getReason())) {
            return notRegular(name, at);
        }
        String errno = ERRNO.get(e.getMessage());
        if (errno != null) {
            return new LangError(LangError.Kind.OSError, errno, at);
        }
        return new LangError(LangError.Kind.OSError, "cannot read or write '" + name + "': " + e.getMessage(), at);
    }

    /** Python's words for the failures of a write that the JDK reports by the C library's text alone. */
    private static final Map<String, String> ERRNO = Map.of(
            "No space left on device", "[Errno 28] No space left on device",
            "File too large", "[Errno 27] File too large",
            "Disk quota exceeded", "[Errno 122] Disk quota exceeded");

    private static LangError notRegular(String name, Span at) {
        return new LangError(LangError.Kind.OSError, "'" + name
                + "' is not a regular file (a FIFO, a terminal or a device would block or never end)", at);
    }

    /**
     * The handlers, as constants: each a class of its own, where a method reference would link a
     * lambda when the session starts (milliseconds for a JVM's first; see Session.start).
     */
    private enum Handlers implements Command.Handler {
        LOAD {
            @Override
            public void run(CommandContext ctx) {
                load(ctx);
            }
        },
        SAVE {
            @Override
            public void run(CommandContext ctx) {
                save(ctx);
            }
        }
    }
}
