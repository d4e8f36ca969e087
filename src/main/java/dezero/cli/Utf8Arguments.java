package dezero.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line's arguments as UTF-8, whatever the locale. Under {@code LC_ALL=C} the JVM
 * decodes them as ASCII, so {@code dezero -e 'α = 2'} got a name of U+FFFD; Python (PEP 538 and
 * 540) reads them as UTF-8 there. On Linux the bytes are read again from {@code /proc/self/cmdline}.
 */
final class Utf8Arguments {
    private Utf8Arguments() {}

    /** {@code args}, with those the JVM could not decode replaced by their UTF-8 reading. */
    static String[] of(String[] args) {
        boolean damaged = false;
        for (String a : args) {
            damaged |= a.indexOf('\uFFFD') >= 0;
        }
        if (!damaged) {
            return args;
        }
        try {
            return of(args, Files.readAllBytes(Path.of("/proc/self/cmdline")));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return args;
        }
    }

    /**
     * {@code args} read again from {@code cmdline} (the process's arguments, each ended by a NUL,
     * the JVM's own first): the last {@code args.length} of them, if every argument the JVM could
     * decode is among them unchanged; else {@code args} as they are.
     */
    static String[] of(String[] args, byte[] cmdline) {
        List<String> all = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                all.add(new String(cmdline, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        if (all.size() < args.length) {
            return args;
        }
        String[] utf8 = all.subList(all.size() - args.length, all.size()).toArray(new String[0]);
        for (int i = 0; i < args.length; i++) {
            if (args[i].indexOf('\uFFFD') < 0 && !args[i].equals(utf8[i])) {
                return args;
            }
        }
        return utf8;
    }
}
