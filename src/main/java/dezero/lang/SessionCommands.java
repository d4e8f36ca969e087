package dezero.lang;

import java.util.List;

/** The commands about the session itself: {@code vars}, {@code reset}, {@code help}, {@code quit}, {@code exit}. */
final class SessionCommands {
    private SessionCommands() {}

    static void addTo(Commands c) {
        c.register(new Command("vars", "vars", "table of the variables: shape, value, grad, creator, generation",
                List.of(), false, Handlers.VARS));
        c.register(new Command("reset", "reset", "forgets every variable and the saved lines; recording back on",
                List.of(), false, Handlers.RESET));
        c.register(new Command("help", "help [TOPIC]", "lists commands and functions, or explains one",
                List.of("HELP"), false, Handlers.HELP));
        c.register(new Command("quit", "quit", "leaves the REPL (also exit and Ctrl-D)", List.of(), false,
                Handlers.QUIT));
        c.register(new Command("exit", "exit", "leaves the REPL (also quit and Ctrl-D)", List.of(), false,
                Handlers.QUIT));
    }

    /**
     * The handlers, as constants: each a class of its own, where a lambda would be linked when the
     * session starts (milliseconds for a JVM's first; see Session.start).
     */
    private enum Handlers implements Command.Handler {
        VARS {
            @Override
            public void run(CommandContext ctx) {
                ctx.expectWords(0, 0);
                ctx.print(VarsTable.render(ctx.session().values()));
            }
        },
        RESET {
            @Override
            public void run(CommandContext ctx) {
                ctx.expectWords(0, 0);
                ctx.session().reset();
            }
        },
        HELP {
            @Override
            public void run(CommandContext ctx) {
                ctx.expectWords(0, 1);
                ctx.print(ctx.size() == 0 ? Help.overview(ctx.session())
                        : Help.topic(ctx.session(), ctx.word(0), ctx.span(0)));
            }
        },
        QUIT {
            @Override
            public void run(CommandContext ctx) {
                ctx.expectWords(0, 0);
                ctx.session().requestQuit();
            }
        }
    }
}
