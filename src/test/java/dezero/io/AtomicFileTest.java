package dezero.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file written whole or not at all, keeping what the file it replaces had (permissions, links). */
class AtomicFileTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static AtomicFile.Content text(String s) {
        return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileAndNoTemporaryOne() throws IOException {
        Path f = Files.writeString(dir.resolve("a.dz"), "old\n");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(f, true, out -> {
            out.write("new, but only the first half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", e.getMessage());
        assertEquals("old\n", Files.readString(f));
        assertEquals(List.of("a.dz"), names());
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenAsked() throws IOException {
        Path f = Files.writeString(dir.resolve("a.dz"), "old\n");
        assertThrows(FileAlreadyExistsException.class, () -> AtomicFile.write(f, false, text("new\n")));
        assertEquals("old\n", Files.readString(f));
        AtomicFile.write(f, true, text("new\n"));
        assertEquals("new\n", Files.readString(f));
        AtomicFile.write(dir.resolve("b.dz"), false, text("b\n"));
        assertEquals(List.of("a.dz", "b.dz"), names());
    }

    @Test
    void aReplacedFileKeepsItsPermissionsAndALinkStaysALink() throws IOException {
        Path f = Files.writeString(dir.resolve("run.dz"), "old\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-x---"));
        Path link = Files.createSymbolicLink(dir.resolve("link.dz"), f.getFileName());
        AtomicFile.write(link, true, text("new\n"));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new\n", Files.readString(f));
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    @Test
    void aNewFileGetsTheUsualPermissionsNotATemporaryFilesOwnerOnlyOnes() throws IOException {
        Path usual = Files.createFile(dir.resolve("usual"));
        Path f = dir.resolve("new.dz");
        AtomicFile.write(f, false, text("x = 1\n"));
        assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(f));
    }

    @Test
    void directoriesAndFifosAreRefusedBeforeAnythingIsWritten() throws Exception {
        FileSystemException d = assertThrows(FileSystemException.class, () -> AtomicFile.write(dir, true, text("")));
        assertEquals(AtomicFile.IS_DIRECTORY, d.getReason());
        Path fifo = dir.resolve("pipe");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
            FileSystemException e = assertThrows(FileSystemException.class,
                    () -> AtomicFile.write(fifo, true, text("x")));
            assertEquals(AtomicFile.NOT_REGULAR, e.getReason());
        }
    }
}
