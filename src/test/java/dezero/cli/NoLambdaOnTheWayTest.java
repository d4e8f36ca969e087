package dezero.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM's first lambda costs milliseconds of bootstrap (the method-handle machinery it starts),
 * several percent of a short program's run. A program doing what the book's steps do on their way
 * (arrays made and printed, reductions, comprehensions, formatting, a generator, weakref, a
 * training step with a dataset), and a session's first lines through {@code -e}, each run in a JVM
 * of its own that logs the classes it loads: no lambda class may be among them.
 */
class NoLambdaOnTheWayTest {
    private static final String PROGRAM = """
            import weakref
            import contextlib
            import numpy as np
            from dezero import Variable
            import dezero.functions as F
            from dezero.models import MLP
            from dezero import optimizers
            import dezero.datasets

            @contextlib.contextmanager
            def quiet():
                yield

            with quiet():
                x = np.array([[1.0, -2.5], [3.0, 4.0]])
            print(x, x.max(axis=0), x.argmax(axis=1), np.array([1, 2]) ** 2, -np.array([3]), x.squeeze())
            print(np.array([True, False]), np.arange(2000.0))
            print([v * 2 for v in range(3)], {k: k for k in 'ab'}, repr([1.5, 'a', (2,)]), 'abc'[1], list('xy'))
            print(f'{1.23456:.3f}', '%5.2f' % 3.14159, weakref.ref(x)() is x)
            train = dezero.datasets.Spiral(train=True)
            model = MLP((10, 3))
            opt = optimizers.SGD(0.1).setup(model)
            xs = np.array([train[i][0] for i in range(30)])
            ts = np.array([train[i][1] for i in range(30)])
            loss = F.softmax_cross_entropy(model(xs), ts)
            model.cleargrads()
            loss.backward()
            opt.update()
            print(float(F.accuracy(model(xs), ts).data) >= 0, F.clip(Variable(x), 0.0, 1.0))
            """;

    /** A classroom's first lines with {@code -e}: the session, the echo, and the basic commands. */
    private static final String SESSION = """
            x = Variable(np.array(3.0)); y = add(square(x), x)
            backward y
            vars
            graph y
            nograd on
            nograd off
            cleargrad x
            help add
            """;

    @TempDir
    Path dir;

    @Test
    void theBooksWayLinksNoLambda() throws IOException, InterruptedException {
        Path program = dir.resolve("program.py");
        Files.writeString(program, PROGRAM);
        assertEquals("", lambdasLinkedBy(program.toString()), "lambda classes the program linked");
    }

    @Test
    void aSessionsFirstLinesLinkNoLambda() throws IOException, InterruptedException {
        assertEquals("", lambdasLinkedBy("-e", SESSION), "lambda classes the session linked");
    }

    /** The lambda classes a child JVM running the command line {@code args} loaded, a line each. */
    private String lambdasLinkedBy(String... args) throws IOException, InterruptedException {
        Path log = dir.resolve("classes.txt");
        List<String> command = new java.util.ArrayList<>(ChildJvm.main(null, args));
        command.add(1, "-Xlog:class+load:file=" + log);
        ChildJvm.Run run = ChildJvm.run(command, dir, "");
        assertEquals(0, run.code(), run.err());
        return Files.readAllLines(log).stream().filter(l -> l.contains("$$Lambda$")).collect(Collectors.joining("\n"));
    }
}
