package dezero.lang.library;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * str methods, repr(str) and ascii(str) against CPython 3.11 (cases from gen_format_cases.py).
 * Cases whose arguments have types or counts the Java signatures exclude (the interpreter
 * rejects those before calling) are left out.
 */
class StrMethodsTest {

    private static final ValueText VALUES = new TestValues();

    /** An argument of a type the Java signature cannot take. */
    private static final class NotApplicable extends RuntimeException {
        NotApplicable() {
            super(null, null, false, false);
        }
    }

    static List<PythonCases.Group> methodCases() {
        return PythonCases.groups(PythonCases.load("method").stream().filter(StrMethodsTest::applicable)
                .collect(Collectors.toList()), 100);
    }

    static List<PythonCases.Group> reprCases() {
        List<PythonCases.Case> cases = PythonCases.load("repr");
        cases.addAll(PythonCases.load("ascii"));
        return PythonCases.groups(cases, 50);
    }

    private static boolean applicable(PythonCases.Case c) {
        try {
            call(c);
            return true;
        } catch (NotApplicable | IndexOutOfBoundsException e) {
            return false;
        } catch (RuntimeException e) {
            return true;
        }
    }

    @ParameterizedTest
    @MethodSource("methodCases")
    void methodAnswersAsPython(PythonCases.Group g) {
        g.check(c -> PythonCases.outcome(() -> encode(call(c))));
    }

    @ParameterizedTest
    @MethodSource("reprCases")
    void reprAndAsciiAsPython(PythonCases.Group g) {
        g.check(c -> {
            String s = (String) c.value(0);
            return "=" + (c.kind().equals("repr") ? StrMethods.repr(s) : ValueText.asciiOf(s, VALUES));
        });
    }

    private static Object call(PythonCases.Case c) {
        String name = c.field(0);
        Object self = c.value(1);
        List<?> a = (List<?>) c.value(2);
        String s = (String) self;
        if (name.endsWith("partition") && a.size() != 1) {
            throw new NotApplicable();
        }
        return switch (name) {
            case "upper" -> StrMethods.upper(s);
            case "lower" -> StrMethods.lower(s);
            case "capitalize" -> StrMethods.capitalize(s);
            case "title" -> StrMethods.title(s);
            case "isdigit" -> StrMethods.isdigit(s);
            case "isalpha" -> StrMethods.isalpha(s);
            case "isspace" -> StrMethods.isspace(s);
            case "isalnum" -> StrMethods.isalnum(s);
            case "isupper" -> StrMethods.isupper(s);
            case "islower" -> StrMethods.islower(s);
            case "istitle" -> StrMethods.istitle(s);
            case "swapcase" -> StrMethods.swapcase(s);
            case "expandtabs" -> StrMethods.expandtabs(s, a.isEmpty() ? 8 : integer(a.get(0)));
            case "removeprefix" -> StrMethods.removeprefix(s, str(a.get(0)));
            case "removesuffix" -> StrMethods.removesuffix(s, str(a.get(0)));
            case "splitlines" -> StrMethods.splitlines(s, a.size() > 0 && (Boolean) a.get(0));
            case "strip" -> StrMethods.strip(s, optionalStr(a, 0));
            case "lstrip" -> StrMethods.lstrip(s, optionalStr(a, 0));
            case "rstrip" -> StrMethods.rstrip(s, optionalStr(a, 0));
            case "split" -> StrMethods.split(s, optionalStr(a, 0), a.size() > 1 ? integer(a.get(1)) : -1);
            case "rsplit" -> StrMethods.rsplit(s, optionalStr(a, 0), a.size() > 1 ? integer(a.get(1)) : -1);
            case "find" -> StrMethods.find(s, str(a.get(0)), index(a, 1), index(a, 2));
            case "rfind" -> StrMethods.rfind(s, str(a.get(0)), index(a, 1), index(a, 2));
            case "index" -> StrMethods.index(s, str(a.get(0)), index(a, 1), index(a, 2));
            case "rindex" -> StrMethods.rindex(s, str(a.get(0)), index(a, 1), index(a, 2));
            case "count" -> StrMethods.count(s, str(a.get(0)), index(a, 1), index(a, 2));
            case "startswith" -> StrMethods.startswith(s, a.get(0), index(a, 1), index(a, 2), VALUES);
            case "endswith" -> StrMethods.endswith(s, a.get(0), index(a, 1), index(a, 2), VALUES);
            case "replace" -> StrMethods.replace(s, str(a.get(0)), str(a.get(1)), a.size() > 2 ? integer(a.get(2)) : -1);
            case "zfill" -> StrMethods.zfill(s, integer(a.get(0)));
            case "center" -> StrMethods.center(s, integer(a.get(0)), a.size() > 1 ? str(a.get(1)) : " ");
            case "ljust" -> StrMethods.ljust(s, integer(a.get(0)), a.size() > 1 ? str(a.get(1)) : " ");
            case "rjust" -> StrMethods.rjust(s, integer(a.get(0)), a.size() > 1 ? str(a.get(1)) : " ");
            case "partition" -> new PythonCases.Tuple(List.copyOf(StrMethods.partition(s, str(a.get(0)))));
            case "rpartition" -> new PythonCases.Tuple(List.copyOf(StrMethods.rpartition(s, str(a.get(0)))));
            case "join" -> StrMethods.join(s, (List<?>) a.get(0), VALUES);
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static String str(Object v) {
        if (v instanceof String s) {
            return s;
        }
        throw new NotApplicable();
    }

    private static String optionalStr(List<?> a, int i) {
        return i >= a.size() || a.get(i) == PythonCases.NONE ? null : str(a.get(i));
    }

    private static long integer(Object v) {
        if (v instanceof Long n) {
            return n;
        }
        throw new NotApplicable();
    }

    private static Long index(List<?> a, int i) {
        return i >= a.size() || a.get(i) == PythonCases.NONE ? null : integer(a.get(i));
    }

    /** The result in the file's value encoding. */
    private static String encode(Object v) {
        if (v instanceof String s) {
            return "s" + s.length() + ":" + s;
        }
        if (v instanceof Boolean b) {
            return b ? "b1" : "b0";
        }
        if (v instanceof Long n) {
            return "i" + n;
        }
        List<?> items = v instanceof PythonCases.Tuple t ? t.items() : (List<?>) v;
        return (v instanceof PythonCases.Tuple ? "t" : "l") + items.size() + ":"
                + items.stream().map(StrMethodsTest::encode).collect(Collectors.joining());
    }
}
