package dezero.lang;

import java.util.List;

/** The commands about the session itself: {@code vars}, {@code reset}, {@code help}, {@code quit}, {@code exit}. */
final class SessionCommands {
    private SessionCommands() {}

    static void addTo(Commands c) {
        c.register(new Command("vars", "vars", "table of the variables: shape, value, grad, creator, generation",
                List.of(), false, ctx -> {
                    ctx.expectWords(0, 0);
                    ctx.print(VarsTable.render(ctx.session().values()));
                }));
        c.register(new Command("reset", "reset", "forgets every variable and the saved lines; recording back on",
                List.of(), false, ctx -> {
                    ctx.expectWords(0, 0);
                    ctx.session().reset();
                }));
        c.register(new Command("help", "help [TOPIC]", "lists commands and functions, or explains one",
                List.of("HELP"), false, ctx -> {
                    ctx.expectWords(0, 1);
                    ctx.print(ctx.size() == 0 ? Help.overview(ctx.session())
                            : Help.topic(ctx.session(), ctx.word(0), ctx.span(0)));
                }));
        c.register(new Command("quit", "quit", "leaves the REPL (also exit and Ctrl-D)", List.of(), false, ctx -> {
            ctx.expectWords(0, 0);
            ctx.session().requestQuit();
        }));
        c.register(new Command("exit", "exit", "leaves the REPL (also quit and Ctrl-D)", List.of(), false, ctx -> {
            ctx.expectWords(0, 0);
            ctx.session().requestQuit();
        }));
    }
}
