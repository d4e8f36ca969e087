package dezero.lang;

import java.util.List;

/**
 * One entry of the command registry. {@code argWords} drive completion of the arguments: a
 * literal word completes as itself, {@code NAME} completes session variables, {@code FILE}
 * completes file names. A {@code recorded} command is kept by {@code save} (it changes state).
 */
public record Command(String name, String usage, String help, List<String> argWords, boolean recorded,
        Handler handler) {

    /** What the command does; bad arguments throw through {@link CommandContext}. */
    @FunctionalInterface
    public interface Handler {
        void run(CommandContext ctx);
    }
}
