package dezero.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file written whole or not at all: the bytes go to a temporary file in the target's directory,
 * are forced to the disk, and the temporary file is then renamed onto the target. A full disk, a
 * file-size limit or a Ctrl-C leaves the old file as it was (or no file), never a partial one.
 *
 * <p>Errors name the target, never the temporary file. A target that is a directory, or that
 * exists and is not a regular file (a FIFO, a device), is refused before anything is written, so
 * nothing blocks on opening it.
 */
public final class AtomicFile {
    /** The reason of the {@link FileSystemException} for a target that is not a regular file. */
    public static final String NOT_REGULAR = "Not a regular file";
    /** The reason of the {@link FileSystemException} for a target that is a directory. */
    public static final String IS_DIRECTORY = "Is a directory";

    private AtomicFile() {}

    /** What goes into the file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code content} to {@code target}; an existing target is replaced only when
     * {@code replace} is true, else it is a {@link FileAlreadyExistsException} (also when another
     * program creates it meanwhile).
     */
    public static void write(Path target, boolean replace, Content content) throws IOException {
        checkTarget(target, replace);
        Path temp = createTemp(throughLinks(target));
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(ch);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            commit(temp, target, replace);
        } catch (FileSystemException e) {
            throw naming(e, temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Renames {@code finished}, a file complete in the target's directory (another program wrote
     * it there), onto {@code target}; replaces an existing target only when {@code replace} is true.
     */
    public static void commit(Path finished, Path target, boolean replace) throws IOException {
        checkTarget(target, replace);
        if (replace) {
            Path real = throughLinks(target);
            keepPermissions(real, finished);
            Files.move(finished, real, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        try {
            // A hard link fails when the name exists: no window in which another file is clobbered.
            Files.createLink(target, finished);
            Files.delete(finished);
        } catch (UnsupportedOperationException | FileAlreadyExistsException e) {
            throw e instanceof FileAlreadyExistsException f ? f : new FileAlreadyExistsException(target.toString());
        } catch (FileSystemException e) {
            if (e instanceof AccessDeniedException || e instanceof NoSuchFileException
                    || e instanceof NotDirectoryException) {
                throw e;
            }
            // A file system without hard links: the name is checked, then the file renamed.
            Files.move(finished, target);
        }
    }

    /** Refuses a directory, a non-regular file, and an existing name (a dangling link too) when not replacing. */
    public static void checkTarget(Path target, boolean replace) throws IOException {
        if (Files.isDirectory(target)) {
            throw new FileSystemException(target.toString(), null, IS_DIRECTORY);
        }
        if (!replace && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw new FileSystemException(target.toString(), null, NOT_REGULAR);
        }
    }

    /** The file a symbolic link names, so that replacing it keeps the link; else {@code target}. */
    private static Path throughLinks(Path target) throws IOException {
        return Files.isSymbolicLink(target) && Files.exists(target) ? target.toRealPath() : target;
    }

    /** A new empty file beside {@code target}, with the permissions a new file gets (not a temp file's 0600). */
    private static Path createTemp(Path target) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        String name = abs.getFileName().toString();
        if (name.length() > 200) {
            name = name.substring(0, 200);
        }
        while (true) {
            Path temp = dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                    + ".tmp");
            try {
                Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                // Another writer's temporary file: pick another name.
            } catch (FileSystemException e) {
                throw naming(e, temp, target);
            }
        }
    }

    /** A file replaced keeps its permissions (a script made executable stays so). */
    private static void keepPermissions(Path from, Path to) {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView dest = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source == null || dest == null || !Files.exists(from)) {
            return;
        }
        try {
            Set<PosixFilePermission> p = source.readAttributes().permissions();
            dest.setPermissions(p);
        } catch (IOException e) {
            // The new file keeps the default permissions.
        }
    }

    /** The same failure, about {@code target} rather than the temporary file. */
    private static FileSystemException naming(FileSystemException e, Path temp, Path target) {
        if (e.getFile() == null || !e.getFile().equals(temp.toString())) {
            return e;
        }
        FileSystemException renamed;
        if (e instanceof AccessDeniedException) {
            renamed = new AccessDeniedException(target.toString(), null, e.getReason());
        } else if (e instanceof NoSuchFileException) {
            renamed = new NoSuchFileException(target.toString(), null, e.getReason());
        } else if (e instanceof NotDirectoryException) {
            renamed = new NotDirectoryException(target.toString());
        } else {
            renamed = new FileSystemException(target.toString(), null, e.getReason());
        }
        renamed.initCause(e);
        return renamed;
    }
}
