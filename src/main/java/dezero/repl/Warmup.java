package dezero.repl;

import dezero.lang.Session;
import dezero.lang.library.PythonRuntime;
import dezero.plot.Figure;
import dezero.plot.InlineFigures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * One pass over what a REPL session loads (the language, the engine, JLine's reader, completer
 * and highlighter on an in-memory terminal), run by the launcher to record its class-data archive.
 */
public final class Warmup {
    /**
     * Typed as at the prompt (the reader indents block lines itself; an empty line closes a block):
     * commands, Tab after a name, a dot and a command word, a block, brackets over two lines, an error.
     */
    private static final String LINES = String.join("\n",
            "x = Variable(np.array(3.0))", "y = add(square(x), x)", "backward y", "nograd on", "sq\t(x)",
            "nograd of\t", "x.gr\t", "vars", "graph y", "help add", "z = np.array([1, 2, 3]) * 2 - 1 / 4; print(z ** 2)",
            "def f(v):", "return v * 2", "", "for i in range(2):", "print(i, f(F.rel\t(x)))", "",
            "w + 1", "add(x,", "x)", "help", "");

    /**
     * A small training run in the interpreter's Python, so `.py` programs start from the archive too
     * (the launcher's training runs it as a file, the way {@code dezero prog.py} does); it opens as
     * every step of the book does (os and sys, to find dezero beside the steps), and trains both an
     * MLP with an optimizer and a Model subclass updated by hand.
     */
    public static final String PROGRAM = String.join("\n",
            "if '__file__' in globals():", "    import os, sys",
            "    sys.path.append(os.path.join(os.path.dirname(__file__), '..'))",
            "import numpy as np", "from dezero import Variable", "import dezero.functions as F",
            "from dezero.models import MLP", "from dezero import optimizers", "np.random.seed(0)",
            "x = np.random.rand(10, 1)", "y = np.sin(2 * np.pi * x)", "model = MLP((10, 1))",
            "opt = optimizers.SGD(0.2).setup(model)", "for i in range(3):",
            "    loss = F.mean_squared_error(model(x), y)", "    model.cleargrads()", "    loss.backward()",
            "    opt.update()", "s = f'{float(loss.data):.3f} {[k * 2 for k in range(3)]} {\"%d\" % 1}'",
            "from dezero import Model", "import dezero.layers as L", "class Net(Model):",
            "    def __init__(self):", "        super().__init__()", "        self.l1 = L.Linear(5)",
            "        self.l2 = L.Linear(1)", "    def forward(self, x):",
            "        return self.l2(F.sigmoid(self.l1(x)))", "net = Net()", "for i in range(3):",
            "    loss = F.mean_squared_error(y, net(x))", "    net.cleargrads()", "    loss.backward()",
            "    for p in net.params():", "        p.data -= 0.2 * p.grad.data",
            "class A:", "    def __init__(self, v):", "        self.v = v", "a = A(Variable(np.array(2.0)) ** 2)",
            "try:", "    1 / 0", "except ZeroDivisionError as e:", "    print(e, a.v, s)", "");

    /** The figure most of the book's programs end with: points, a line, labels, a title and a legend. */
    private static final String FIGURE = String.join("\n",
            "import numpy as np", "import matplotlib.pyplot as plt", "x = np.arange(0, 1, .1)[:, np.newaxis]",
            "plt.scatter(x, x * x, s=10)", "plt.xlabel('x')", "plt.ylabel('y')", "plt.plot(x, x, color='r')",
            "plt.title('fit')", "plt.legend(['y = x'])", "plt.show()", "");

    private Warmup() {}

    /** The REPL's part of the training and a figure; {@link #PROGRAM} is run by the caller, as a file. */
    public static void run() {
        Terminals.isInteractive();
        replPass(new Session());
        // The book's programs end with a figure: drawing one loads 1,300 classes (XChart, Java2D,
        // the PNG encoder), which the archive keeps only if they are loaded here. It is drawn to a
        // PNG in memory, so the training run writes no file; where figures cannot be drawn at all
        // (a JDK without fonts), the archive is still made, without those classes.
        try (InlineFigures.Scope s = InlineFigures.sendTo(Figure::toPng)) {
            new PythonRuntime(text -> { }, text -> { }, List.of("<figure>")).runFile("<figure>", FIGURE);
        } catch (RuntimeException | Error e) {
            // Nothing to keep from a figure that could not be drawn.
        }
    }

    /** The scripted lines typed into the REPL's reader and run in {@code session}; returns what the terminal showed. */
    static String replPass(Session session) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Terminal terminal = TerminalBuilder.builder().system(false).type("xterm-256color")
                .streams(new ByteArrayInputStream(LINES.getBytes(StandardCharsets.UTF_8)), out).build()) {
            LineReader reader = Repl.reader(session, terminal, true, null);
            TerminalPrinter printer = new TerminalPrinter(terminal, true);
            while (true) {
                String line = reader.readLine(Repl.PROMPT);
                session.eval(line, printer);
            }
        } catch (EndOfFileException e) {
            // The scripted input is over: the REPL's part of the warm-up is done.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
