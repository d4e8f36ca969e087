package dezero.lang;

import dezero.core.Variable;
import java.util.List;

/** What a command handler gets: its words, the session, output, and errors that point at a word. */
public final class CommandContext {
    private final Session session;
    private final Command command;
    private final CommandLine statement;

    CommandContext(Session session, Command command, CommandLine statement) {
        this.session = session;
        this.command = command;
        this.statement = statement;
    }

    public Session session() {
        return session;
    }

    /** The argument words (their {@code value} is the word without quotes). */
    public List<CommandLine.Word> words() {
        return statement.words();
    }

    /** The number of argument words. */
    public int size() {
        return statement.words().size();
    }

    /** Argument {@code i}'s text. */
    public String word(int i) {
        return statement.words().get(i).value();
    }

    /** Prints output lines (suppressed by nothing: commands print what they were asked for). */
    public void print(String text) {
        session.print(text);
    }

    /** True when the line ends with {@code ;}: echoes of values are silenced. */
    public boolean silenced() {
        return session.silenced();
    }

    /** A ValueError quoting the usage line, pointing at word {@code i} (or the command if -1). */
    public LangError usage(int i) {
        Span at = i >= 0 && i < size() ? statement.words().get(i).span() : statement.nameSpan();
        String what = i >= 0 && i < size() ? "unexpected '" + word(i) + "'; " : "";
        return LangError.value(what + "usage: " + command.usage(), at);
    }

    /** Fails with the usage line unless the command got between {@code min} and {@code max} words. */
    public void expectWords(int min, int max) {
        if (size() < min) {
            throw usage(-1);
        }
        if (size() > max) {
            throw usage(max);
        }
    }

    /** The session Variable named by word {@code i}, or a NameError/TypeError pointing at it. */
    public Variable variable(int i) {
        CommandLine.Word t = statement.words().get(i);
        Object v = session.lookup(t.value(), t.span());
        Variable x = Session.variableOf(v);
        if (x != null) {
            return x;
        }
        String type = Session.typeName(v);
        String article = "aeiouAEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ";
        throw LangError.type("'" + t.value() + "' is " + article + type + ", not a Variable", t.span());
    }

    /** The span of word {@code i}. */
    public Span span(int i) {
        return statement.words().get(i).span();
    }
}
