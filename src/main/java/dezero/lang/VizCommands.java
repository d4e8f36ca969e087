package dezero.lang;

import dezero.core.Variable;
import dezero.viz.DotRenderer;
import dezero.viz.Graphs;
import dezero.viz.Memory;
import dezero.viz.RenderResult;
import dezero.viz.ReplayFormat;
import dezero.viz.StackReplay;
import dezero.viz.Trace;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The commands that show the graph (steps 15-17): {@code graph}, {@code trace}, {@code mem}, and
 * the replay behind {@code backward NAME stack}. The views themselves live in {@code dezero.viz}.
 */
final class VizCommands {
    /** The line of {@link Memory#format} that {@code mem --no-heap} leaves out (it varies between runs). */
    static final String HEAP_LINE = "heap in use after GC:";

    /** Graphviz as the environment finds it, at each use. */
    private static final Supplier<DotRenderer> FROM_ENVIRONMENT = new Supplier<>() {
        @Override
        public DotRenderer get() {
            return DotRenderer.fromEnvironment();
        }
    };

    private VizCommands() {}

    static void addTo(Commands c) {
        c.register(graph(FROM_ENVIRONMENT));
        c.register(new Command("trace", "trace [on|off]",
                "on: every backward prints one line per function as it runs; off: stop; alone: show the mode",
                List.of("on", "off"), true, Handlers.TRACE));
        c.register(new Command("mem", "mem [--no-heap]",
                "Variables and Functions the names keep alive, heap in use after a GC, dropped graphs (step 17)",
                List.of("--no-heap"), false, Handlers.MEM));
    }

    /** The {@code graph} command, drawing pictures with the renderer {@code renderer} gives at each use. */
    static Command graph(Supplier<DotRenderer> renderer) {
        return new Command("graph", "graph NAME [FILE [force]] [--ascii]",
                "the graph that made NAME as a text tree; FILE.dot, .png or .svg draws it (pictures need Graphviz); "
                        + "'force' replaces an existing file",
                List.of("NAME", "FILE", "force", "--ascii"), false, new Command.Handler() {
                    @Override
                    public void run(CommandContext ctx) {
                        graph(ctx, renderer);
                    }
                });
    }

    private static void graph(CommandContext ctx, Supplier<DotRenderer> renderer) {
        ctx.expectWords(1, 4);
        int asciiAt = -1;
        int fileAt = -1;
        int forceAt = -1;
        for (int i = 1; i < ctx.size(); i++) {
            if (ctx.word(i).equals("--ascii") && asciiAt < 0) {
                asciiAt = i;
            } else if (fileAt < 0 && !ctx.word(i).startsWith("--")) {
                fileAt = i;
            } else if (fileAt >= 0 && forceAt < 0 && ctx.word(i).equals("force")) {
                forceAt = i;
            } else {
                throw ctx.usage(i);
            }
        }
        Variable y = ctx.variable(0);
        Map<Variable, String> names = ctx.session().variableNames();
        if (fileAt < 0) {
            boolean unicode = ctx.session().isUnicode() && asciiAt < 0;
            ctx.print(Graphs.text(y, names, unicode).stripTrailing());
            return;
        }
        if (asciiAt >= 0) {
            throw LangError.value("--ascii is for the text tree; a FILE is drawn by Graphviz", ctx.span(asciiAt));
        }
        String name = ctx.word(fileAt);
        Span at = ctx.span(fileAt);
        RenderResult r;
        try {
            r = renderer.get().render(y, Path.of(name), names, forceAt >= 0);
        } catch (InvalidPathException e) {
            throw new LangError(LangError.Kind.OSError, "invalid file name '" + name + "': " + e.getReason(), at);
        } catch (IllegalArgumentException e) {
            throw LangError.value(e.getMessage(), at);
        } catch (UncheckedIOException e) {
            String file = e.getCause() instanceof FileSystemException f && f.getFile() != null ? f.getFile() : name;
            if (e.getCause() instanceof FileAlreadyExistsException) {
                throw new LangError(LangError.Kind.FileExistsError, "[Errno 17] File exists: '" + file + "'; 'graph "
                        + ctx.word(0) + " " + name + " force' replaces it", at);
            }
            throw FileCommands.fileError(e.getCause(), file, at);
        }
        ctx.print(r.message());
    }

    private static void trace(CommandContext ctx) {
        ctx.expectWords(0, 1);
        Session s = ctx.session();
        boolean on = s.backwardListener() instanceof Trace;
        if (ctx.size() == 0) {
            ctx.print(on ? "trace is on: every backward prints one line per function" : "trace is off");
            return;
        }
        switch (ctx.word(0)) {
            case "on" -> {
                if (!on) {
                    s.setBackwardListener(new Trace(s::print));
                }
            }
            case "off" -> {
                if (on) {
                    s.setBackwardListener(null);
                }
            }
            default -> throw ctx.usage(0);
        }
    }

    private static void mem(CommandContext ctx) {
        ctx.expectWords(0, 1);
        if (ctx.size() == 1 && !ctx.word(0).equals("--no-heap")) {
            throw ctx.usage(0);
        }
        Session s = ctx.session();
        Memory.Census census = Memory.census(s.variables().values());
        String text = Memory.format(census, s.drops().report());
        if (ctx.size() == 1) {
            text = text.lines().filter(l -> !l.startsWith(HEAP_LINE)).collect(Collectors.joining("\n"));
        }
        ctx.print(text.stripTrailing());
    }

    /** {@code backward NAME stack}: steps 14-15's plain stack beside step 16's order, on scratch grads. */
    static void stackReplay(CommandContext ctx, Variable v) {
        ctx.print(ReplayFormat.format(StackReplay.compare(v), ctx.session().variableNames()).stripTrailing());
    }


    /**
     * The handlers, as constants: each a class of its own, where a method reference would link a
     * lambda when the session starts (milliseconds for a JVM's first; see Session.start).
     */
    private enum Handlers implements Command.Handler {
        TRACE {
            @Override
            public void run(CommandContext ctx) {
                trace(ctx);
            }
        },
        MEM {
            @Override
            public void run(CommandContext ctx) {
                mem(ctx);
            }
        }
    }
}
