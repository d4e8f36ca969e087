package dezero.lang.library;

import dezero.lang.runtime.Importer;
import dezero.lang.runtime.PyModule;
import java.util.Map;
import java.util.function.Supplier;

/** The built-in modules beyond the standard ones: numpy and DeZero. */
final class Modules {
    private Modules() {}

    static void register(Map<String, Supplier<PyModule>> modules, Importer importer, Supplier<PyModule> utils) {
        PyModule random = NpRandom.create();
        PyModule np = NumpyModule.create(random);
        modules.put("numpy", new Supplier<PyModule>() {
            @Override
            public PyModule get() {
                return np;
            }
        });
        modules.put("numpy.random", new Supplier<PyModule>() {
            @Override
            public PyModule get() {
                return random;
            }
        });
        modules.put("numpy.linalg", new Supplier<PyModule>() {
            @Override
            public PyModule get() {
                return (PyModule) np.dict.get("linalg");
            }
        });
        LibraryBinding.register(modules);
        DezeroModule.register(modules, np, utils);
    }
}
