package dezero.repl;

import dezero.lang.Command;
import dezero.lang.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Completes from the session: commands at the start of the input, then the session's names, the
 * builtins and the keywords (no trailing space); attributes after a dot ({@code np.ra},
 * {@code self.}, {@code model.l1.}); and a command's argument words ({@code nograd o<TAB>}),
 * variables for {@code NAME} and files for {@code FILE}.
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
        if (before.isBlank() && !before.contains("\n")) {
            String colon = word.startsWith(":") ? ":" : "";
            for (Command c : session.commands().all()) {
                candidates.add(new Candidate(colon + c.name(), c.name(), "commands", c.help(), null, null, true));
            }
            if (!colon.isEmpty()) {
                return;
            }
        }
        for (String n : session.completions(word)) {
            candidates.add(new Candidate(n, n, null, null, null, null, false));
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
