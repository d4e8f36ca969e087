package dezero.repl;

import dezero.lang.library.PythonSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jline.reader.EOFError;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;

/**
 * {@code dezero --python}: a Python prompt over the interpreter, as {@code python3} gives one:
 * {@code >>>}, then {@code ...} while a block, a bracket or a string is open (a blank line ends a
 * block), the value of an expression echoed, Ctrl-C cancels the input or stops the running one
 * (KeyboardInterrupt), Ctrl-D leaves.
 */
public final class PythonRepl {
    private static final long STACK_BYTES = 512L * 1024 * 1024;
    /** The prompt's own history, apart from the line language's {@code ~/.dezero_history}. */
    private static final Path HISTORY = Path.of(System.getProperty("user.home"), ".dezero_python_history");

    private PythonRepl() {}

    /** Runs the prompt on the system terminal until Ctrl-D or exit(); returns the exit code. */
    public static int run(boolean color) {
        try (Terminal terminal = Repl.openTerminal()) {
            Repl.disableQuitKey(terminal);
            PrintWriter w = terminal.writer();
            PythonSession session = new PythonSession(text -> {
                w.print(text.replace("\n", "\r\n").replace("\r\r\n", "\r\n"));
                w.flush();
            }, text -> {
                w.print(text.replace("\n", "\r\n").replace("\r\r\n", "\r\n"));
                w.flush();
            });
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).parser(new BlockParser())
                    .completer((r, line, candidates) -> {
                        String word = line.word().substring(0, line.wordCursor());
                        int start = word.length();
                        while (start > 0 && (Character.isJavaIdentifierPart(word.charAt(start - 1))
                                || word.charAt(start - 1) == '.')) {
                            start--;
                        }
                        String head = word.substring(0, start);
                        for (String c : session.completions(word.substring(start))) {
                            candidates.add(new org.jline.reader.Candidate(head + c, c, null, null, null, null, false));
                        }
                    })
                    .highlighter(color ? new ReplHighlighter(session::isFunctionName, line -> false) : null)
                    .variable(LineReader.HISTORY_FILE, HISTORY)
                    .history(new FileHistory(HISTORY))
                    .variable(LineReader.SECONDARY_PROMPT_PATTERN, "... ").variable(LineReader.INDENTATION, 4)
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .option(LineReader.Option.INSERT_TAB, false).build();
            w.println("dezero-j's Python (" + System.getProperty("java.version") + ") - the book's programs at a "
                    + "prompt; Ctrl-D leaves.");
            w.flush();
            try {
                return loop(reader, terminal, session);
            } finally {
                try {
                    reader.getHistory().save();
                } catch (IOException e) {
                    w.println("warning: history not saved: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the terminal: " + e.getMessage(), e);
        }
    }

    private static int loop(LineReader reader, Terminal terminal, PythonSession session) {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "python-eval", STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
        try {
            while (!session.exitRequested()) {
                String input;
                try {
                    input = reader.readLine(">>> ");
                } catch (UserInterruptException e) {
                    terminal.writer().println("KeyboardInterrupt");
                    continue;
                } catch (EndOfFileException e) {
                    terminal.writer().println();
                    break;
                }
                if (input.isBlank()) {
                    continue;
                }
                Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> session.interrupt());
                Future<?> f = worker.submit(() -> session.run(input));
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                } catch (ExecutionException e) {
                    terminal.writer().println("InternalError: " + e.getCause());
                } finally {
                    terminal.handle(Terminal.Signal.INT, previous);
                }
            }
            return session.exitCode();
        } finally {
            worker.shutdownNow();
        }
    }

    /** JLine's parser, asking for more lines while the Python input is not complete. */
    private static final class BlockParser implements Parser {
        private final DefaultParser words = new DefaultParser();

        @Override
        public ParsedLine parse(String line, int cursor, ParseContext context) {
            if (context == ParseContext.ACCEPT_LINE && !PythonInput.isComplete(line)) {
                throw new EOFError(-1, -1, "incomplete input", "", PythonInput.nextIndent(line), null);
            }
            return words.parse(line, cursor, context);
        }

        @Override
        public boolean isEscapeChar(char ch) {
            return false;
        }
    }

}
