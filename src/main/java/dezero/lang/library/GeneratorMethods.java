package dezero.lang.library;

import dezero.lang.runtime.Interpreter;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyGenerator;
import dezero.lang.runtime.PyNone;
import dezero.lang.runtime.Types;
import java.util.Map;

/** A generator's methods: send, throw and close, over {@link PyGenerator}. */
final class GeneratorMethods {
    private GeneratorMethods() {}

    static void install() {
        ContainerMethods.method(Types.GENERATOR, "send", new ContainerMethods.Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                if (a.length != 1) {
                    throw Py.typeError("generator.send() takes exactly one argument (" + a.length + " given)");
                }
                return ((PyGenerator) self).send(a[0]);
            }
        });
        ContainerMethods.method(Types.GENERATOR, "throw", new ContainerMethods.Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                if (a.length < 1 || a.length > 3) {
                    throw Py.typeError("throw expected at least 1 argument, got " + a.length);
                }
                // throw(type, value) makes the exception of that type from the value, as raise would
                Object exc = a.length > 1 && a[1] != PyNone.NONE && a[0] instanceof dezero.lang.runtime.PyType t
                        ? Py.call(t, a[1]) : a[0];
                return ((PyGenerator) self).throwIn(Interpreter.toException(exc));
            }
        });
        ContainerMethods.method(Types.GENERATOR, "close", new ContainerMethods.Method() {
            @Override
            public Object call(Object self, Object[] a, Map<String, Object> k) {
                ((PyGenerator) self).close();
                return PyNone.NONE;
            }
        });
    }
}
