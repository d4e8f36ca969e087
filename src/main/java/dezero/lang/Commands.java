package dezero.lang;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The command registry (name, usage line, one-line help, argument words, handler), read by the
 * evaluator, {@code help} and the completer. Adding a command is one {@link #register} call.
 */
public final class Commands {
    private final Map<String, Command> byName = new LinkedHashMap<>();
    private final Map<String, String> topics = new LinkedHashMap<>();

    /**
     * A registry with the standard commands: {@code backward cleargrad nograd graph trace mem vars reset
     * help quit exit load save}.
     */
    public static Commands standard() {
        Commands c = new Commands();
        GradCommands.addTo(c);
        VizCommands.addTo(c);
        PlotCommand.addTo(c);
        SessionCommands.addTo(c);
        FileCommands.addTo(c);
        c.addTopic("syntax", Help.SYNTAX);
        c.addTopic("limits", Limits.HELP);
        return c;
    }

    /** Adds (or replaces) a command. */
    public Commands register(Command command) {
        byName.put(command.name(), command);
        return this;
    }

    /** The command called {@code name}, or null. */
    public Command get(String name) {
        return byName.get(name);
    }

    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    /** Adds a {@code help TOPIC} text that is neither a command nor a function ({@code help limits}). */
    public Commands addTopic(String name, String text) {
        topics.put(name, text);
        return this;
    }

    /** The extra help topics, by name. */
    public Map<String, String> topics() {
        return Collections.unmodifiableMap(topics);
    }

    /** All commands in registration order. */
    public Collection<Command> all() {
        return Collections.unmodifiableCollection(byName.values());
    }
}
