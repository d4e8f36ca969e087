package dezero.repl;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether standard input and output are a terminal (then the REPL uses JLine). */
public final class Terminals {
    private Terminals() {}

    /**
     * True when stdin and stdout are both a terminal. On Java 17-21 that is {@code System.console()
     * != null}; from Java 22 a console exists even when redirected, so {@code Console.isTerminal()}
     * decides.
     */
    public static boolean isInteractive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
