package dezero.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** savefig replaces a file whole or leaves it as it was, never partly written, and leaves no temporary file. */
class SavefigAtomicTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void savefigReplacesAnExistingFileKeepingItsPermissions() throws IOException {
        Path target = dir.resolve("fig.png");
        Files.writeString(target, "an old figure");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
        Figure f = new Figure();
        f.gca().plot(new double[] {1, 2, 3});
        f.savefig(target);
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(target), 8);
        assertArrayEquals(PNG_SIGNATURE, head);
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        assertEquals(List.of(target), files());
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileWhole() throws IOException {
        Path target = dir.resolve("fig.png");
        Files.writeString(target, "an old figure");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half a new fig".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", e.getCause().getMessage());
        assertEquals("an old figure", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aFailedWriteToANewNameLeavesNoFile() throws IOException {
        Path target = dir.resolve("new.png");
        assertThrows(UncheckedIOException.class, () -> AtomicFiles.write(target, out -> {
            out.write(1);
            throw new IOException("disk full");
        }));
        assertEquals(List.of(), files());
    }

    @Test
    void aDirectoryOrAMissingFolderIsAnOsError() throws IOException {
        Figure f = new Figure();
        Files.createDirectory(dir.resolve("d.png"));
        UncheckedIOException isDir = assertThrows(UncheckedIOException.class, () -> f.savefig(dir.resolve("d.png")));
        assertTrue(isDir.getCause() instanceof FileSystemException);
        assertTrue(isDir.getCause().getMessage().contains("Is a directory"), isDir.getCause().getMessage());
        UncheckedIOException missing = assertThrows(UncheckedIOException.class,
                () -> f.savefig(dir.resolve("no/such/f.png")));
        assertTrue(missing.getCause() instanceof NoSuchFileException, missing.getCause().toString());
    }
}
