package dezero.lang.library;

import dezero.lang.runtime.Builtin;
import dezero.lang.runtime.Items;
import dezero.lang.runtime.Py;
import dezero.lang.runtime.PyList;
import dezero.lang.runtime.PyNone;
import dezero.lang.runtime.PyTuple;
import dezero.lang.runtime.PyType;
import dezero.lang.runtime.StaticMethod;
import dezero.lang.runtime.Types;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The methods of {@code str}, over {@link StrMethods}. */
final class StrBinding {
    private static final Sig SPLIT = Sig.of("split", "sep=None", "maxsplit=-1");
    private static final Sig RANGE = Sig.of("find", "sub", "start=None", "end=None");
    private static final Sig EXPANDTABS = Sig.of("expandtabs", "tabsize=8");
    private static final MethodArity.Arity MAKETRANS = MethodArity.of("str", "maketrans");

    private StrBinding() {}

    static void install() {
        PyType t = Types.STR;
        ContainerMethods.method(t, "format", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return StrFormat.format((String) s, List.of(a), k, Texts.INSTANCE);
            }
        });
        ContainerMethods.method(t, "join", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return StrMethods.join((String) s, Py.toList(a[0]), Texts.INSTANCE);
            }
        });
        ContainerMethods.method(t, "split", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                Object[] b = SPLIT.bind(a, k);
                return list(StrMethods.split((String) s, sep(b[0]), Py.index(b[1])));
            }
        });
        ContainerMethods.method(t, "rsplit", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                Object[] b = SPLIT.bind(a, k);
                return list(StrMethods.rsplit((String) s, sep(b[0]), Py.index(b[1])));
            }
        });
        ContainerMethods.method(t, "splitlines", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return list(StrMethods.splitlines((String) s,
                    a.length > 0 && Py.truthy(a[0]) || Py.truthy(k.getOrDefault("keepends", false))));
            }
        });
        ContainerMethods.method(t, "partition", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return PyTuple.of(StrMethods.partition((String) s, str(a[0])));
            }
        });
        ContainerMethods.method(t, "rpartition", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return PyTuple.of(StrMethods.rpartition((String) s, str(a[0])));
            }
        });
        ContainerMethods.method(t, "strip", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return StrMethods.strip((String) s, chars(a));
            }
        });
        ContainerMethods.method(t, "lstrip", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return StrMethods.lstrip((String) s, chars(a));
            }
        });
        ContainerMethods.method(t, "rstrip", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return StrMethods.rstrip((String) s, chars(a));
            }
        });
        ContainerMethods.method(t, "replace", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return StrMethods.replace((String) s, str(a[0]), str(a[1]),
                    a.length > 2 ? Py.index(a[2]) : -1);
            }
        });
        ContainerMethods.method(t, "upper", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return StrMethods.upper((String) s);
            }
        });
        ContainerMethods.method(t, "lower", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return StrMethods.lower((String) s);
            }
        });
        ContainerMethods.method(t, "capitalize", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return StrMethods.capitalize((String) s);
            }
        });
        ContainerMethods.method(t, "title", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return StrMethods.title((String) s);
            }
        });
        ContainerMethods.method(t, "swapcase", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return StrMethods.swapcase((String) s);
            }
        });
        ContainerMethods.method(t, "expandtabs", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return StrMethods.expandtabs((String) s, Py.index(EXPANDTABS.bind(a, k)[0]));
            }
        });
        ContainerMethods.method(t, "removeprefix", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return StrMethods.removeprefix((String) s, affix("removeprefix", a[0]));
            }
        });
        ContainerMethods.method(t, "removesuffix", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return StrMethods.removesuffix((String) s, affix("removesuffix", a[0]));
            }
        });
        ContainerMethods.method(t, "zfill", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return StrMethods.zfill((String) s, Py.index(a[0]));
            }
        });
        ContainerMethods.method(t, "center", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return StrMethods.center((String) s, Py.index(a[0]), fill(a));
            }
        });
        ContainerMethods.method(t, "ljust", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return StrMethods.ljust((String) s, Py.index(a[0]), fill(a));
            }
        });
        ContainerMethods.method(t, "rjust", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return StrMethods.rjust((String) s, Py.index(a[0]), fill(a));
            }
        });
        ContainerMethods.method(t, "find", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return range(s, a, k, Finder.FIND);
            }
        });
        ContainerMethods.method(t, "rfind", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return range(s, a, k, Finder.RFIND);
            }
        });
        ContainerMethods.method(t, "index", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return range(s, a, k, Finder.INDEX);
            }
        });
        ContainerMethods.method(t, "rindex", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return range(s, a, k, Finder.RINDEX);
            }
        });
        ContainerMethods.method(t, "count", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return range(s, a, k, Finder.COUNT);
            }
        });
        ContainerMethods.method(t, "startswith", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return StrMethods.startswith((String) s, a[0], opt(a, 1),
                    opt(a, 2), Texts.INSTANCE);
            }
        });
        ContainerMethods.method(t, "endswith", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return StrMethods.endswith((String) s, a[0], opt(a, 1),
                    opt(a, 2), Texts.INSTANCE);
            }
        });
        ContainerMethods.method(t, "isdigit", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return StrMethods.isdigit((String) s);
            }
        });
        ContainerMethods.method(t, "isdecimal", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return StrMethods.isdecimal((String) s);
            }
        });
        ContainerMethods.method(t, "isnumeric", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return StrMethods.isnumeric((String) s);
            }
        });
        ContainerMethods.method(t, "isalpha", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return StrMethods.isalpha((String) s);
            }
        });
        ContainerMethods.method(t, "isalnum", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return StrMethods.isalnum((String) s);
            }
        });
        ContainerMethods.method(t, "isspace", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return StrMethods.isspace((String) s);
            }
        });
        ContainerMethods.method(t, "isupper", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return StrMethods.isupper((String) s);
            }
        });
        ContainerMethods.method(t, "istitle", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return StrMethods.istitle((String) s);
            }
        });
        ContainerMethods.method(t, "isprintable", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return StrMethods.isprintable((String) s);
            }
        });
        ContainerMethods.method(t, "isascii", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return StrMethods.isascii((String) s);
            }
        });
        ContainerMethods.method(t, "islower", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return StrMethods.islower((String) s);
            }
        });
        ContainerMethods.method(t, "casefold", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return StrMethods.casefold((String) s);
            }
        });
        ContainerMethods.method(t, "isidentifier", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return StrMethods.isidentifier((String) s);
            }
        });
        ContainerMethods.method(t, "format_map", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return StrFormat.formatMap((String) s, new Lookups(a[0]), Texts.INSTANCE);
            }
        });
        ContainerMethods.method(t, "translate", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return StrTranslate.translate((String) s, a[0]);
            }
        });
        t.dict.put("maketrans", new StaticMethod(new Builtin("maketrans", new Builtin.Body() {
            @Override
            public Object call(Object[] a, Map<String, Object> k) {
                MAKETRANS.check("str", "maketrans", a.length);
                return StrTranslate.maketrans(a);
            }
        })));
        ContainerMethods.method(t, "encode", new ContainerMethods.Method() {
            @Override
            public Object call(Object s, Object[] a, Map<String, Object> k) {
                return s;
            }
        });
    }

    private enum Finder { FIND, RFIND, INDEX, RINDEX, COUNT }

    private static Object range(Object s, Object[] a, Map<String, Object> k, Finder which) {
        Object[] b = RANGE.bind(a, k);
        String str = (String) s;
        String sub = str(b[0]);
        Long start = b[1] == PyNone.NONE ? null : Py.index(b[1]);
        Long end = b[2] == PyNone.NONE ? null : Py.index(b[2]);
        return switch (which) {
            case FIND -> StrMethods.find(str, sub, start, end);
            case RFIND -> StrMethods.rfind(str, sub, start, end);
            case INDEX -> StrMethods.index(str, sub, start, end);
            case RINDEX -> StrMethods.rindex(str, sub, start, end);
            case COUNT -> StrMethods.count(str, sub, start, end);
        };
    }

    private static PyList list(List<String> items) {
        return new PyList(new ArrayList<>(items));
    }

    private static String sep(Object v) {
        return v == PyNone.NONE ? null : str(v);
    }

    private static String chars(Object[] a) {
        return a.length == 0 || a[0] == PyNone.NONE ? null : str(a[0]);
    }

    private static String fill(Object[] a) {
        return a.length > 1 ? str(a[1]) : " ";
    }

    private static Long opt(Object[] a, int i) {
        return a.length > i && a[i] != PyNone.NONE ? Py.index(a[i]) : null;
    }

    /** removeprefix's and removesuffix's argument, with CPython's words for one that is not a str. */
    private static String affix(String method, Object v) {
        if (!(v instanceof String s)) {
            throw Py.typeError(method + "() argument must be str, not " + Py.typeName(v));
        }
        return s;
    }

    private static String str(Object v) {
        if (!(v instanceof String s)) {
            throw Py.typeError("must be str, not " + Py.typeName(v));
        }
        return s;
    }

    /**
     * format_map's mapping as the names the template asks for: each looked up with the mapping's
     * own {@code __getitem__} when the template needs it (so a dict subclass's {@code __missing__}
     * answers, and a missing name is the mapping's KeyError).
     */
    private static final class Lookups extends AbstractMap<String, Object> {
        private final Object mapping;

        Lookups(Object mapping) {
            this.mapping = mapping;
        }

        @Override
        public boolean containsKey(Object key) {
            return true;
        }

        @Override
        public Object get(Object key) {
            return Items.get(mapping, key);
        }

        @Override
        public java.util.Set<Map.Entry<String, Object>> entrySet() {
            throw new UnsupportedOperationException("a mapping is looked up by name only");
        }
    }
}
