package dezero.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** {@code load FILE} runs a script in this session; {@code save FILE [force]} writes the accepted lines. */
final class FileCommands {
    private FileCommands() {}

    static void addTo(Commands c) {
        c.register(new Command("load", "load FILE", "runs a script in this session; stops at its first error",
                List.of("FILE"), true, FileCommands::load));
        c.register(new Command("save", "save FILE [force]",
                "writes the lines accepted so far as a script; 'force' overwrites an existing file",
                List.of("FILE", "force"), false, FileCommands::save));
    }

    private static void load(CommandContext ctx) {
        ctx.expectWords(1, 1);
        String name = ctx.word(0);
        Span at = ctx.span(0);
        Path path = path(name, at);
        if (Files.isDirectory(path)) {
            throw new LangError(LangError.Kind.IsADirectoryError, "[Errno 21] Is a directory: '" + name + "'", at);
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
        if (Files.exists(path) && ctx.size() < 2) {
            throw new LangError(LangError.Kind.FileExistsError, "[Errno 17] File exists: '" + name
                    + "'; 'save " + name + " force' overwrites it", at);
        }
        if (Files.isDirectory(path)) {
            throw new LangError(LangError.Kind.IsADirectoryError, "[Errno 21] Is a directory: '" + name + "'", at);
        }
        List<String> lines = ctx.session().acceptedLines();
        try {
            Files.write(path, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw fileError(e, name, at);
        }
        ctx.print("saved " + lines.size() + (lines.size() == 1 ? " line" : " lines") + " to " + name);
    }

    private static Path path(String name, Span at) {
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
        return new LangError(LangError.Kind.OSError, "cannot read or write '" + name + "': " + e.getMessage(), at);
    }
}
