package dezero.plot;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What {@code show()} does with figures: a window each when there is a display; otherwise a
 * PNG of each in a temporary folder, its path on stderr, and, in a terminal, the figure drawn
 * there first. Never throws: a window that cannot open falls back to the terminal, a PNG that
 * cannot be written is reported on stderr.
 */
final class FigureShower {
    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<Console> console;
    private final boolean windows;
    private Path folder;
    private int written;

    FigureShower(PrintStream out, PrintStream err, Supplier<Console> console, boolean windows) {
        this.out = out;
        this.err = err;
        this.console = console;
        this.windows = windows;
    }

    /** Shows the figures; returns the PNGs written (none when they went to windows). */
    List<Path> show(List<Figure> figures, boolean block) {
        List<Path> pngs = new ArrayList<>();
        if (figures.isEmpty()) {
            return pngs;
        }
        if (windows && Display.available() && FigureWindows.tryOpen(figures, block, err)) {
            return pngs;
        }
        Console c = console.get();
        for (Figure f : figures) {
            Path png = writePng(f);
            if (c.terminal()) {
                try {
                    out.print(new TerminalRenderer(c.columns(), c.rows(), c.color()).render(f));
                    out.flush();
                } catch (RuntimeException e) {
                    err.println("could not draw figure " + f.number() + " in the terminal: " + e);
                }
            }
            if (png != null) {
                pngs.add(png);
                err.println("Figure " + f.number() + ": " + png);
            }
        }
        err.flush();
        return pngs;
    }

    /**
     * A new folder for this process's figures in the system's temporary directory, its owner's
     * alone. Named from the process id and the clock, not by {@link Files#createTempDirectory},
     * whose first use loads {@code SecureRandom}: 20 ms for a name, at the end of every program
     * that plots. {@link Files#createDirectory} fails on anything already there (a link
     * included), so a name that is taken is skipped for the next.
     */
    static Path newFolder() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        boolean posix = tmp.getFileSystem().supportedFileAttributeViews().contains("posix");
        String prefix = "dezero-figures-" + ProcessHandle.current().pid() + "-";
        for (int attempt = 0; ; attempt++) {
            Path dir = tmp.resolve(prefix + Long.toString(System.nanoTime() & 0xffffffffffL, 36) + attempt);
            try {
                return posix
                        ? Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")))
                        : Files.createDirectory(dir);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 99) {
                    throw e;
                }
            }
        }
    }

    private Path writePng(Figure f) {
        try {
            if (folder == null || !Files.isDirectory(folder)) {
                folder = newFolder();
            }
            written++;
            return f.savefig(folder.resolve("figure" + f.number() + "-" + written + ".png"));
        } catch (IOException | UncheckedIOException e) {
            err.println("could not write figure " + f.number() + " as PNG: " + e.getMessage());
        } catch (RuntimeException | LinkageError | java.awt.AWTError e) {
            // show() never throws: a broken AWT (a display that vanished under us) is reported, not raised.
            err.println("could not draw figure " + f.number() + ": " + e);
        }
        return null;
    }
}
