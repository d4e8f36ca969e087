package dezero.lang;

import dezero.core.Variable;
import java.util.ArrayList;
import java.util.List;

/** The commands of gradients and recording: {@code backward}, {@code cleargrad}, {@code nograd}. */
final class GradCommands {
    private GradCommands() {}

    static void addTo(Commands c) {
        c.register(new Command("backward", "backward NAME [retain] [create_graph]",
                "runs backward from NAME, then shows every variable's grad; 'backward NAME stack' replays the "
                        + "order of steps 14-15 beside step 16's, grads untouched",
                List.of("NAME", "retain", "create_graph", "stack"), true, Handlers.BACKWARD));
        c.register(new Command("cleargrad", "cleargrad [NAME ...]",
                "clears the grads of all variables, or of those named", List.of("NAME"), true,
                Handlers.CLEARGRAD));
        c.register(new Command("nograd", "nograd [on|off]",
                "on: stop recording the graph (DeZero's no_grad); off: record again; alone: show the mode",
                List.of("on", "off"), true, Handlers.NOGRAD));
    }

    private static void backward(CommandContext ctx) {
        ctx.expectWords(1, 3);
        Variable v = ctx.variable(0);
        if (ctx.size() == 2 && ctx.word(1).equals("stack")) {
            VizCommands.stackReplay(ctx, v);
            return;
        }
        boolean retain = false;
        boolean createGraph = false;
        for (int i = 1; i < ctx.size(); i++) {
            switch (ctx.word(i)) {
                case "retain" -> retain = true;
                case "create_graph" -> createGraph = true;
                case "stack" -> throw LangError.value("'stack' stands alone: 'backward NAME stack' replays on scratch "
                        + "gradients, with no retain or create_graph", ctx.span(i));
                default -> throw ctx.usage(i);
            }
        }
        ctx.session().backward(v, retain, createGraph);
    }

    private static void cleargrad(CommandContext ctx) {
        if (ctx.size() == 0) {
            for (Variable v : ctx.session().variables().values()) {
                v.cleargrad();
            }
            return;
        }
        List<Variable> named = new ArrayList<>();
        for (int i = 0; i < ctx.size(); i++) {
            named.add(ctx.variable(i));
        }
        for (Variable v : named) {
            v.cleargrad();
        }
    }

    private static void nograd(CommandContext ctx) {
        ctx.expectWords(0, 1);
        if (ctx.size() == 0) {
            ctx.print(ctx.session().isNograd() ? "nograd is on: the graph is not recorded"
                    : "nograd is off: the graph is recorded");
            return;
        }
        switch (ctx.word(0)) {
            case "on" -> ctx.session().setNograd(true);
            case "off" -> ctx.session().setNograd(false);
            default -> throw ctx.usage(0);
        }
    }

    /**
     * The handlers, as constants: each a class of its own, where a method reference would link a
     * lambda when the session starts (milliseconds for a JVM's first; see Session.start).
     */
    private enum Handlers implements Command.Handler {
        BACKWARD {
            @Override
            public void run(CommandContext ctx) {
                backward(ctx);
            }
        },
        CLEARGRAD {
            @Override
            public void run(CommandContext ctx) {
                cleargrad(ctx);
            }
        },
        NOGRAD {
            @Override
            public void run(CommandContext ctx) {
                nograd(ctx);
            }
        }
    }
}
