package dezero.repl;

import dezero.lang.Command;
import dezero.lang.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Completes from the session: commands at the start of a top-level line, then the session's names,
 * the builtins and the keywords (no trailing space); attributes after a dot ({@code np.ra},
 * {@code model.l1.}); and a command's argument words ({@code nograd o<TAB>}), variables for
 * {@code NAME} and files for {@code FILE}. In a block being typed the names it binds (a loop
 * variable, a parameter) exist only once it runs, so the identifiers already typed in it are
 * offered too, and {@code self.} offers the attributes the class assigns so far, its methods
 * and those of its base class.
 */
final class ReplCompleter implements Completer {
    private final Session session;

    ReplCompleter(Session session) {
        this.session = session;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String text = line.line().substring(0, line.cursor());
        String word = line.word();
        String before = text.substring(0, text.length() - word.length());
        if (!before.contains("\n") && !before.isBlank() && session.isCommandLine(line.line())) {
            String[] words = before.strip().split("\\s+");
            Command c = session.commands().get(words[0].startsWith(":") ? words[0].substring(1) : words[0]);
            if (c != null) {
                arguments(c, words.length - 1, word, candidates);
            }
            return;
        }
        if (before.endsWith(".")) {
            attributes(before, word, candidates);
            return;
        }
        if (before.isBlank() && atTopLevelLine(text)) {
            String colon = word.startsWith(":") ? ":" : "";
            for (Command c : session.commands().all()) {
                candidates.add(new Candidate(colon + c.name(), c.name(), "commands", c.help(), null, null, true));
            }
            if (!colon.isEmpty()) {
                return;
            }
        }
        Set<String> names = new TreeSet<>(session.completions(word));
        if (text.contains("\n")) {
            Matcher m = Patterns.IDENTIFIER.matcher(text.substring(0, text.length() - word.length()));
            while (m.find()) {
                if (m.group().startsWith(word) && (m.start() == 0 || text.charAt(m.start() - 1) != '.')) {
                    names.add(m.group());
                }
            }
        }
        for (String n : names) {
            candidates.add(new Candidate(n, n, null, null, null, null, false));
        }
    }

    /** The completer's regexes, compiled at the first Tab: compiling them at start-up cost the first prompt milliseconds. */
    private static final class Patterns {
        static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");
        static final Pattern SELF_ASSIGNED = Pattern.compile("self\\.([\\p{L}_][\\p{L}\\p{N}_]*)\\s*=[^=]");
        static final Pattern METHOD = Pattern.compile("(?m)^\\s*def\\s+([\\p{L}_][\\p{L}\\p{N}_]*)\\s*\\(");
        static final Pattern CLASS = Pattern.compile("(?m)^\\s*class\\s+\\w+\\s*\\(([\\w.]+)");
    }

    /** True when the cursor's line is a top-level line: the first of the input (later lines are in a block or brackets). */
    private static boolean atTopLevelLine(String textBeforeCursor) {
        return !textBeforeCursor.contains("\n");
    }

    /** {@code self.} in a class being typed: what it assigns to self, its methods, its base class's attributes. */
    private void selfAttributes(String text, String word, List<Candidate> candidates) {
        Set<String> names = new TreeSet<>();
        Matcher assigned = Patterns.SELF_ASSIGNED.matcher(text);
        while (assigned.find()) {
            names.add(assigned.group(1));
        }
        Matcher method = Patterns.METHOD.matcher(text);
        while (method.find()) {
            names.add(method.group(1));
        }
        Matcher base = Patterns.CLASS.matcher(text);
        String baseName = null;
        while (base.find()) {
            baseName = base.group(1);
        }
        if (baseName != null) {
            for (String full : session.completions(baseName + "." + word)) {
                names.add(full.substring(baseName.length() + 1));
            }
        }
        for (String n : names) {
            if (n.startsWith(word)) {
                candidates.add(new Candidate(n, n, null, null, null, null, false));
            }
        }
    }

    private void attributes(String before, String word, List<Candidate> candidates) {
        int i = before.length() - 1;
        while (i > 0 && (Character.isLetterOrDigit(before.charAt(i - 1)) || before.charAt(i - 1) == '_'
                || before.charAt(i - 1) == '.')) {
            i--;
        }
        String path = before.substring(i, before.length() - 1);
        if (path.isEmpty() || !Character.isJavaIdentifierStart(path.charAt(0))) {
            return;
        }
        if (path.equals("self") && session.peek(List.of("self")) == null) {
            selfAttributes(before, word, candidates);
            return;
        }
        for (String full : session.completions(path + "." + word)) {
            String a = full.substring(path.length() + 1);
            candidates.add(new Candidate(a, a, null, null, null, null, false));
        }
    }

    /**
     * Argument {@code index} of {@code c}: an upper-case slot ({@code NAME}, {@code FILE}, {@code HELP})
     * completes only at its own position; literal words complete from their position on; a usage
     * ending in {@code ...} repeats its last slot.
     */
    private void arguments(Command c, int index, String word, List<Candidate> candidates) {
        List<String> words = c.argWords();
        String slot = index < words.size() ? words.get(index)
                : c.usage().endsWith("...]") && !words.isEmpty() ? words.get(words.size() - 1) : null;
        if (slot == null) {
            return;
        }
        switch (slot) {
            case "NAME" -> session.variables().keySet().forEach(v -> candidates.add(new Candidate(v)));
            case "FILE" -> files(word, candidates);
            case "HELP" -> helpTopics(candidates);
            default -> words.subList(index, words.size()).stream().filter(w -> !w.equals(w.toUpperCase()))
                    .forEach(w -> candidates.add(new Candidate(w)));
        }
    }

    private void helpTopics(List<Candidate> candidates) {
        session.commands().all().forEach(c -> candidates.add(new Candidate(c.name())));
        session.commands().topics().keySet().forEach(t -> candidates.add(new Candidate(t)));
        session.completions("").forEach(n -> candidates.add(new Candidate(n)));
    }

    private static void files(String word, List<Candidate> candidates) {
        int slash = word.lastIndexOf('/');
        String dirPart = slash >= 0 ? word.substring(0, slash + 1) : "";
        Path dir = Path.of(dirPart.isEmpty() ? "." : dirPart);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            entries.limit(1000).forEach(p -> {
                String name = p.getFileName().toString();
                boolean isDir = Files.isDirectory(p);
                candidates.add(new Candidate(dirPart + name + (isDir ? "/" : ""), name + (isDir ? "/" : ""),
                        null, null, null, null, !isDir));
            });
        } catch (IOException | UncheckedIOException e) {
            // An unreadable directory offers the names listed before the failure, if any.
        }
    }
}
