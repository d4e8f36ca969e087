package dezero.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Adding an op stays a single-place change: every public method of Functions has a registry entry, and back. */
class OpsRegistryTest {
    static Set<String> facadeMethods() {
        return Arrays.stream(Functions.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()))
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyPublicOpOfFunctionsHasARegistryEntry() {
        Set<String> registered = Ops.ALL.stream().map(Op::javaName).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>(facadeMethods());
        missing.removeAll(registered);
        assertEquals(Set.of(), missing, "public methods of Functions without an entry in Ops");
    }

    @Test
    void everyEntryNamesAMethodOfFunctionsAndHasDocAndExample() {
        Set<String> methods = facadeMethods();
        for (Op op : Ops.ALL) {
            assertTrue(methods.contains(op.javaName()), op.name() + " names no method " + op.javaName());
            assertFalse(op.doc().isBlank(), op.name() + " has no doc");
            assertFalse(op.example().isBlank(), op.name() + " has no example");
            assertTrue(op.name().matches("[a-z_0-9]+"), op.name() + " is not a DeZero-style name");
            assertEquals(op, Ops.get(op.name()).orElseThrow());
        }
        assertEquals("softmax(x, axis=1)", Ops.get("softmax").orElseThrow().signature());
        assertEquals("batch_norm", Ops.get("batch_norm").orElseThrow().name());
        assertEquals("batchNorm", Ops.get("batch_nrom").orElseThrow().javaName());
    }

    @Test
    void noOpHasAPublicConstructorWithABooleanFlag() {
        for (Class<?> c : new Class<?>[] {Add.class, Sub.class, Mul.class, Div.class, Sum.class, Max.class,
                Min.class, Clip.class, Softmax.class, LogSoftmax.class, BatchNorm.class, GetItem.class, Im2col.class,
                Col2im.class, Pooling.class, Conv2d.class, Deconv2d.class, dezero.layers.Linear.class,
                dezero.layers.Conv2d.class, dezero.layers.Deconv2d.class, dezero.dataloaders.DataLoader.class,
                dezero.datasets.Spiral.class, dezero.datasets.MNIST.class}) {
            for (Constructor<?> k : c.getConstructors()) {
                assertFalse(Arrays.asList(k.getParameterTypes()).contains(boolean.class),
                        c.getSimpleName() + " has a public constructor with a boolean flag: use a named factory");
            }
        }
    }
}
