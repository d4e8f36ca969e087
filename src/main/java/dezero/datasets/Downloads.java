package dezero.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** DeZero's {@code utils.get_file}: a file from the cache directory ({@code ~/.dezero}), downloaded once when missing. */
public final class Downloads {
    private Downloads() {}

    /** DeZero's {@code cache_dir}: {@code ~/.dezero}. */
    public static Path cacheDir() {
        return Path.of(System.getProperty("user.home"), ".dezero");
    }

    /**
     * The cached copy of {@code url} in {@code cacheDir} (named as the URL's last part); downloads it
     * first when missing, printing DeZero's progress bar to {@code out}.
     *
     * @throws DatasetUnavailableException when the file is missing and cannot be downloaded
     */
    public static Path getFile(String url, Path cacheDir, PrintStream out) {
        String fileName = url.substring(url.lastIndexOf('/') + 1);
        Path file = cacheDir.resolve(fileName);
        if (Files.exists(file)) {
            return file;
        }
        out.println("Downloading: " + fileName);
        Path partial = cacheDir.resolve(fileName + ".part");
        try {
            Files.createDirectories(cacheDir);
            URLConnection c = URI.create(url).toURL().openConnection();
            c.setConnectTimeout(10_000);
            c.setReadTimeout(30_000);
            long total = c.getContentLengthLong();
            try (InputStream in = c.getInputStream(); OutputStream o = Files.newOutputStream(partial)) {
                byte[] buf = new byte[8192];
                long done = 0;
                int blocks = 0;
                for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                    o.write(buf, 0, n);
                    done += n;
                    if (total > 0 && ++blocks % 64 == 0) {
                        out.print(progress(done, total));
                    }
                }
                if (total > 0) {
                    out.print(progress(done, total));
                }
            }
            Files.move(partial, file);
            out.println(" Done");
            return file;
        } catch (IOException | IllegalArgumentException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the download failure is the one to report
            }
            throw new DatasetUnavailableException("cannot download " + url + " (" + e + "); without a network, put "
                    + fileName + " into " + cacheDir, e);
        }
    }

    /** DeZero's {@code show_progress} line: {@code \r[###.....] 12.34%}. */
    static String progress(long downloaded, long total) {
        double p = Math.min(100.0, (double) downloaded / total * 100);
        int i = (int) Math.min(30, (double) downloaded / total * 30);
        return "\r[" + "#".repeat(i) + ".".repeat(30 - i) + "] " + String.format(Locale.ROOT, "%.2f", p) + "%";
    }
}
