package dezero.jupyter;

import dezero.core.Variable;
import dezero.lang.Command;
import dezero.lang.CommandContext;
import dezero.lang.Commands;
import dezero.lang.RichOutput;
import dezero.lang.Session;
import dezero.viz.DotRenderer;
import dezero.viz.RenderResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The REPL's commands as a notebook shows them: {@code graph NAME} is the Graphviz picture with
 * the text tree beside it, {@code vars} an HTML table beside its text, and {@code quit}/{@code exit}
 * leave the kernel running (the notebook's menu ends it). Each wraps the REPL's own command, so
 * words, errors and text are the REPL's.
 */
final class RichCommands {
    private RichCommands() {}

    /** Replaces {@code graph}, {@code vars}, {@code quit} and {@code exit} in {@code commands}. */
    static Commands addTo(Commands commands, CellPrinter printer, Supplier<DotRenderer> renderer) {
        wrap(commands, "graph", (original, ctx) -> graph(original, ctx, printer, renderer.get()));
        wrap(commands, "vars", (original, ctx) -> vars(original, ctx, printer));
        for (String name : new String[] {"quit", "exit"}) {
            wrap(commands, name, (original, ctx) -> ctx.print(
                    "the kernel keeps running in a notebook: use Kernel > Shut Down (or Restart) to end it"));
        }
        return commands;
    }

    private interface Wrapper {
        void run(Command original, CommandContext ctx);
    }

    private static void wrap(Commands commands, String name, Wrapper wrapper) {
        Command c = commands.get(name);
        if (c == null) {
            return;
        }
        commands.register(new Command(c.name(), c.usage(), c.help(), c.argWords(), c.recorded(),
                ctx -> wrapper.run(c, ctx)));
    }

    /** {@code graph NAME [--ascii]}: the tree, with the picture when Graphviz can draw it; with a FILE as in the REPL. */
    private static void graph(Command original, CommandContext ctx, CellPrinter printer, DotRenderer renderer) {
        boolean treeOnly = ctx.size() >= 1;
        for (int i = 1; i < ctx.size(); i++) {
            treeOnly &= ctx.word(i).equals("--ascii");
        }
        if (!treeOnly) {
            original.handler().run(ctx);
            return;
        }
        String tree = printer.capture(() -> original.handler().run(ctx));
        Optional<byte[]> png = png(ctx.variable(0), names(ctx.session()), renderer);
        if (png.isPresent()) {
            ctx.session().display(new RichOutput(tree, "image/png", png.get()));
        } else {
            ctx.print(tree);
        }
    }

    private static void vars(Command original, CommandContext ctx, CellPrinter printer) {
        String text = printer.capture(() -> original.handler().run(ctx));
        String html = VarsHtml.of(text);
        if (html == null) {
            ctx.print(text);
        } else {
            ctx.session().display(new RichOutput(text, "text/html", html.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** The picture Graphviz draws of {@code y}'s graph, or empty when it cannot (no {@code dot}, a failure). */
    static Optional<byte[]> png(Variable y, Map<Variable, String> names, DotRenderer renderer) {
        if (renderer.findDot().isEmpty()) {
            return Optional.empty();
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("dezero-graph");
            RenderResult r = renderer.render(y, dir.resolve("graph.png"), names);
            return r.status() == RenderResult.Status.RENDERED ? Optional.of(Files.readAllBytes(r.written()))
                    : Optional.empty();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        } finally {
            deleteAll(dir);
        }
    }

    private static void deleteAll(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A temporary file left behind is harmless; the picture is already shown.
        }
    }

    /** The session's names by Variable, the first name of a Variable with two, as the REPL labels its graph. */
    private static Map<Variable, String> names(Session s) {
        Map<Variable, String> names = new IdentityHashMap<>();
        s.variables().forEach((name, v) -> names.putIfAbsent(v, name));
        return names;
    }
}
