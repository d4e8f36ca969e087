package dezero.lang.library;

import dezero.lang.runtime.Py;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** What {@code python -m unittest} runs: the named test modules, or those discovery finds. */
final class TestDiscovery {
    private TestDiscovery() {}

    /** A small program that imports the modules and runs their tests, exiting as unittest does. */
    static String program(List<String> args) {
        List<String> modules = new ArrayList<>();
        String start = ".";
        String pattern = "test*.py";
        boolean discover = args.isEmpty() || args.get(0).equals("discover");
        if (discover) {
            for (int i = args.isEmpty() ? 0 : 1; i < args.size(); i++) {
                String a = args.get(i);
                if ((a.equals("-s") || a.equals("--start-directory")) && i + 1 < args.size()) {
                    start = args.get(++i);
                } else if ((a.equals("-p") || a.equals("--pattern")) && i + 1 < args.size()) {
                    pattern = args.get(++i);
                }
            }
            modules.addAll(discover(Path.of(start), pattern));
        } else {
            for (String a : args) {
                modules.add(a.endsWith(".py") ? a.substring(0, a.length() - 3).replace('/', '.') : a);
            }
        }
        StringBuilder b = new StringBuilder("import sys\nimport unittest\n");
        if (!start.equals(".")) {
            b.append("sys.path.insert(0, ").append(Py.repr(start)).append(")\n");
        }
        b.append("sys.path.insert(0, '')\n_modules = []\n");
        for (String m : modules) {
            b.append("import ").append(m).append("\n_modules.append(sys.modules[").append(Py.repr(m)).append("])\n");
        }
        b.append("sys.exit(0 if unittest.run_modules(_modules).wasSuccessful() else 1)\n");
        return b.toString();
    }

    private static List<String> discover(Path dir, String pattern) {
        String regex = pattern.replace(".", "\\.").replace("*", ".*").replace("?", ".");
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches(regex)).sorted()
                    .map(n -> n.substring(0, n.length() - 3)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
