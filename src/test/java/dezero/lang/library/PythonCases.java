package dezero.lang.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The cases CPython 3.11 produced in format_cases.tsv (written by gen_format_cases.py beside it),
 * and the decoding of their values into the interpreter's representation: a Python list is a
 * Java List, a tuple a {@link Tuple}, a dict a Map, None {@link #NONE}.
 */
final class PythonCases {

    /** Python's None in these tests. */
    static final Object NONE = new Object() {
        @Override
        public String toString() {
            return "None";
        }
    };

    /** A Python tuple in these tests. */
    record Tuple(List<Object> items) { }

    /** One line of the file: its kind, its input fields and the expected outcome. */
    record Case(int line, String kind, List<String> fields, String expected) {

        String field(int i) {
            return fields.get(i);
        }

        Object value(int i) {
            return decode(fields.get(i));
        }

        @Override
        public String toString() {
            return "line " + line + ": " + kind + " " + fields;
        }
    }

    private PythonCases() { }

    static List<Case> load(String kind) {
        List<Case> cases = new ArrayList<>();
        try (var in = PythonCases.class.getResourceAsStream("format_cases.tsv");
             var reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.startsWith("#") || !line.startsWith(kind + "\t")) {
                    continue;
                }
                String[] parts = line.split("\t", -1);
                List<String> fields = new ArrayList<>();
                for (int i = 1; i < parts.length - 1; i++) {
                    fields.add(unescape(parts[i]));
                }
                cases.add(new Case(number, kind, fields, unescape(parts[parts.length - 1])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = s.charAt(++i);
            out.append(switch (next) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                default -> next;
            });
        }
        return out.toString();
    }

    static Object decode(String s) {
        int[] pos = {0};
        Object v = decode(s, pos);
        if (pos[0] != s.length()) {
            throw new IllegalArgumentException("trailing text in " + s);
        }
        return v;
    }

    private static Object decode(String s, int[] pos) {
        char tag = s.charAt(pos[0]++);
        switch (tag) {
            case 'N':
                return NONE;
            case 'b':
                return s.charAt(pos[0]++) == '1';
            case 'i': {
                int start = pos[0];
                while (pos[0] < s.length() && (s.charAt(pos[0]) == '-' || Character.isDigit(s.charAt(pos[0])))) {
                    pos[0]++;
                }
                BigInteger n = new BigInteger(s.substring(start, pos[0]));
                return n.bitLength() < 64 ? (Object) n.longValue() : n;
            }
            case 'f': {
                int semicolon = s.indexOf(';', pos[0]);
                double d = parseHexFloat(s.substring(pos[0], semicolon));
                pos[0] = semicolon + 1;
                return d;
            }
            case 's': {
                int colon = s.indexOf(':', pos[0]);
                int length = Integer.parseInt(s.substring(pos[0], colon));
                pos[0] = colon + 1 + length;
                return s.substring(colon + 1, pos[0]);
            }
            default: {
                int colon = s.indexOf(':', pos[0]);
                int count = Integer.parseInt(s.substring(pos[0], colon));
                pos[0] = colon + 1;
                if (tag == 'd') {
                    Map<Object, Object> map = new LinkedHashMap<>();
                    for (int i = 0; i < count; i++) {
                        Object key = decode(s, pos);
                        map.put(key, decode(s, pos));
                    }
                    return map;
                }
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    items.add(decode(s, pos));
                }
                return tag == 't' ? new Tuple(items) : items;
            }
        }
    }

    private static double parseHexFloat(String s) {
        return switch (s) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(s);
        };
    }

    /** Cases in consecutive groups of at most {@code size}, one test invocation each. */
    static List<Group> groups(List<Case> cases, int size) {
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < cases.size(); i += size) {
            groups.add(new Group(cases.subList(i, Math.min(i + size, cases.size()))));
        }
        return groups;
    }

    /** Consecutive cases run as one test; every failing case is reported. */
    record Group(List<Case> cases) {

        void check(java.util.function.Function<Case, String> outcome) {
            org.junit.jupiter.api.Assertions.assertAll(cases.stream().map(c -> () ->
                    org.junit.jupiter.api.Assertions.assertEquals(c.expected(), outcome.apply(c), c.toString())));
        }

        @Override
        public String toString() {
            return cases.get(0).kind() + " lines " + cases.get(0).line() + "-" + cases.get(cases.size() - 1).line();
        }
    }

    /** The outcome of running a formatter, in the file's expected form. */
    static String outcome(java.util.function.Supplier<String> run) {
        try {
            return "=" + run.get();
        } catch (FormatError e) {
            return "!" + e.pythonType() + ":" + e.getMessage();
        }
    }
}
