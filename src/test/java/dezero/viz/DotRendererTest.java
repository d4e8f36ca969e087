package dezero.viz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class DotRendererTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path dir;

    @Test
    void dotExtensionWritesTheDotText() throws IOException {
        Fixtures.Diamond d = Fixtures.diamond();
        Path file = dir.resolve("y.dot");
        RenderResult r = new DotRenderer("", Duration.ofSeconds(10)).render(d.y(), file, d.names());
        assertEquals(RenderResult.Status.DOT_WRITTEN, r.status());
        assertTrue(r.ok());
        assertEquals(file, r.written());
        assertEquals(Fixtures.golden("diamond.dot"), Files.readString(file));
        assertEquals("wrote " + file + " (render it with: dot -Tpng " + file + " -o " + dir.resolve("y.png") + ")",
                r.message());
    }

    @Test
    void pngFromRealDotHasThePngSignature() throws IOException {
        DotRenderer renderer = DotRenderer.fromEnvironment();
        assumeTrue(renderer.findDot().isPresent(), "Graphviz dot is not on PATH");
        Fixtures.Diamond d = Fixtures.diamond();
        Path file = dir.resolve("y.png");
        RenderResult r = renderer.render(d.y(), file, d.names());
        assertEquals(RenderResult.Status.RENDERED, r.status(), r.message());
        assertEquals("wrote " + file, r.message());
        byte[] head = Arrays.copyOf(Files.readAllBytes(file), PNG_SIGNATURE.length);
        assertArrayEquals(PNG_SIGNATURE, head);
        assertEquals(List.of(file), listDir(), "no temporary files left beside the picture");
    }

    @Test
    void svgFromRealDotIsSvg() throws IOException {
        DotRenderer renderer = DotRenderer.fromEnvironment();
        assumeTrue(renderer.findDot().isPresent(), "Graphviz dot is not on PATH");
        Fixtures.Diamond d = Fixtures.diamond();
        Path file = dir.resolve("y.SVG");
        RenderResult r = renderer.render(d.y(), file, d.names());
        assertEquals(RenderResult.Status.RENDERED, r.status(), r.message());
        String svg = Files.readString(file);
        assertTrue(svg.startsWith("<?xml") || svg.contains("<svg"), svg);
        assertTrue(svg.contains("x: () float64"), "labels reach the picture");
    }

    @Test
    void withoutDotOnPathTheDotFileIsWrittenBesideAndTheCommandGiven() throws IOException {
        Path emptyBin = Files.createDirectory(dir.resolve("bin"));
        DotRenderer renderer = new DotRenderer(emptyBin.toString(), Duration.ofSeconds(10));
        assertTrue(renderer.findDot().isEmpty());
        Fixtures.Diamond d = Fixtures.diamond();
        Path file = dir.resolve("y.png");
        RenderResult r = renderer.render(d.y(), file, d.names());
        Path dotFile = dir.resolve("y.dot");
        assertEquals(RenderResult.Status.NO_DOT, r.status());
        assertFalse(r.ok());
        assertEquals(dotFile, r.written());
        assertEquals("Graphviz 'dot' is not on PATH: wrote " + dotFile + " instead; render it with: dot -Tpng "
                + dotFile + " -o " + file, r.message());
        assertFalse(r.message().contains("\n"));
        assertEquals(Fixtures.golden("diamond.dot"), Files.readString(dotFile));
        assertFalse(Files.exists(file));
    }

    @Test
    void suggestedCommandQuotesPathsWithSpaces() {
        assertEquals("dot -Tsvg 'my graphs/y.dot' -o 'my graphs/y.svg'",
                DotRenderer.command("svg", Path.of("my graphs/y.dot"), Path.of("my graphs/y.svg")));
    }

    @Test
    @Timeout(120)
    void slowDotIsStoppedAndTheDotFileKept() throws IOException {
        assumeTrue(File.separatorChar == '/', "the fake dot is a POSIX shell script");
        Path bin = fakeDot("sleep 600\n");
        DotRenderer renderer = new DotRenderer(bin.toString(), Duration.ofMillis(300));
        Fixtures.Diamond d = Fixtures.diamond();
        Path out = Files.createDirectory(dir.resolve("out"));
        Path file = out.resolve("y.png");
        RenderResult r = renderer.render(d.y(), file, d.names());
        assertEquals(RenderResult.Status.TIMED_OUT, r.status(), r.message());
        assertEquals("dot did not finish within 0.3 s and was stopped: wrote " + out.resolve("y.dot")
                + " instead; render it with: dot -Tpng " + out.resolve("y.dot") + " -o " + file, r.message());
        assertEquals(List.of(out.resolve("y.dot")), listDir(out), "no picture, no temporary files");
        assertEquals(Fixtures.golden("diamond.dot"), Files.readString(out.resolve("y.dot")));
    }

    @Test
    void failingDotIsReportedWithItsFirstErrorLine() throws IOException {
        assumeTrue(File.separatorChar == '/', "the fake dot is a POSIX shell script");
        Path bin = fakeDot("echo 'Error: something broke' >&2\necho 'second line' >&2\nexit 3\n");
        Fixtures.Diamond d = Fixtures.diamond();
        Path file = dir.resolve("y.svg");
        RenderResult r = new DotRenderer(bin.toString(), Duration.ofSeconds(30)).render(d.y(), file, d.names());
        assertEquals(RenderResult.Status.DOT_FAILED, r.status());
        assertTrue(r.message().startsWith("dot failed with exit code 3 (Error: something broke): wrote "
                + dir.resolve("y.dot") + " instead"), r.message());
        assertFalse(Files.exists(file));
    }

    @Test
    void unknownExtensionNamesTheSupportedOnes() {
        Fixtures.Diamond d = Fixtures.diamond();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Graphs.render(d.y(), dir.resolve("y.pdf")));
        assertEquals("cannot write a graph to '" + dir.resolve("y.pdf")
                + "': the file name must end in .dot, .png or .svg", e.getMessage());
    }

    @Test
    void missingDirectoryIsAnErrorNamingTheFile() {
        Fixtures.Diamond d = Fixtures.diamond();
        Path file = dir.resolve("nowhere/y.dot");
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> new DotRenderer("", Duration.ofSeconds(1)).render(d.y(), file, d.names()));
        assertTrue(e.getMessage().startsWith("cannot write " + file + ": NoSuchFileException"), e.getMessage());
    }

    @Test
    void missingDirectoryForAPictureIsAnErrorNamingTheFile() throws IOException {
        assumeTrue(File.separatorChar == '/', "the fake dot is a POSIX shell script");
        Path bin = fakeDot("exit 0\n");
        Fixtures.Diamond d = Fixtures.diamond();
        Path file = dir.resolve("nowhere/y.png");
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> new DotRenderer(bin.toString(), Duration.ofSeconds(1)).render(d.y(), file, d.names()));
        assertTrue(e.getMessage().startsWith("cannot write " + file + ": NoSuchFileException"), e.getMessage());
    }

    @Test
    void renderedPictureHasTheUsualPermissions() throws IOException {
        DotRenderer renderer = DotRenderer.fromEnvironment();
        assumeTrue(renderer.findDot().isPresent(), "Graphviz dot is not on PATH");
        assumeTrue(File.separatorChar == '/', "POSIX permissions");
        Path file = dir.resolve("y.svg");
        Path plain = dir.resolve("plain.txt");
        Files.writeString(plain, "");
        renderer.render(Fixtures.diamond().y(), file, Map.of());
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(file),
                "the picture is created as any new file, not private like a temporary file");
    }

    @Test
    void nonPositiveTimeoutIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new DotRenderer("", Duration.ZERO));
    }

    private Path fakeDot(String body) throws IOException {
        Path bin = Files.createDirectory(dir.resolve("fakebin"));
        Path dot = bin.resolve("dot");
        Files.writeString(dot, "#!/bin/sh\n" + body, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(dot, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    private List<Path> listDir() throws IOException {
        return listDir(dir);
    }

    private static List<Path> listDir(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.sorted().toList();
        }
    }
}
