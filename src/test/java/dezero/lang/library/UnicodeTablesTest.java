package dezero.lang.library;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Character classes and case mappings of every code point below U+30000 against CPython 3.11's
 * (unicode_cases.tsv, written by gen_format_cases.py). Characters Java 17 does not know (its
 * Unicode 13 against Python's 14) are skipped.
 */
class UnicodeTablesTest {

    private static final int LAST = 0x30000;
    private static final Map<String, BitSet> PREDICATES = new HashMap<>();
    private static final Map<String, Map<Integer, String>> MAPPINGS = new HashMap<>();

    static {
        try (var in = UnicodeTablesTest.class.getResourceAsStream("unicode_cases.tsv");
             var reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split("\t");
                if (f[0].equals("predicate")) {
                    BitSet set = new BitSet(LAST);
                    for (String range : f.length > 2 ? f[2].split(",") : new String[0]) {
                        String[] ends = range.split("-");
                        set.set(Integer.parseInt(ends[0], 16), Integer.parseInt(ends[1], 16) + 1);
                    }
                    PREDICATES.put(f[1], set);
                } else if (f[0].equals("mapping")) {
                    MAPPINGS.computeIfAbsent(f[1], k -> new HashMap<>()).put(Integer.parseInt(f[2], 16), text(f[3]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String hexCodePoints) {
        StringBuilder out = new StringBuilder();
        for (String cp : hexCodePoints.split(" ")) {
            out.appendCodePoint(Integer.parseInt(cp, 16));
        }
        return out.toString();
    }

    private static final Map<String, Predicate<String>> PREDICATE_METHODS = new LinkedHashMap<>();
    private static final Map<String, Function<String, String>> MAPPING_METHODS = new LinkedHashMap<>();

    static {
        PREDICATE_METHODS.put("isdigit", StrMethods::isdigit);
        PREDICATE_METHODS.put("isdecimal", StrMethods::isdecimal);
        PREDICATE_METHODS.put("isnumeric", StrMethods::isnumeric);
        PREDICATE_METHODS.put("isalpha", StrMethods::isalpha);
        PREDICATE_METHODS.put("isalnum", StrMethods::isalnum);
        PREDICATE_METHODS.put("isspace", StrMethods::isspace);
        PREDICATE_METHODS.put("isupper", StrMethods::isupper);
        PREDICATE_METHODS.put("islower", StrMethods::islower);
        PREDICATE_METHODS.put("isprintable", StrMethods::isprintable);
        PREDICATE_METHODS.put("isidentifier", StrMethods::isidentifier);
        // a character after a letter: whether it may continue a name
        PREDICATE_METHODS.put("isidentifier_continue", c -> StrMethods.isidentifier("a" + c));
        MAPPING_METHODS.put("upper", StrMethods::upper);
        MAPPING_METHODS.put("lower", StrMethods::lower);
        MAPPING_METHODS.put("title", StrMethods::title);
        MAPPING_METHODS.put("capitalize", StrMethods::capitalize);
        MAPPING_METHODS.put("casefold", StrMethods::casefold);
    }

    private static List<Integer> knownCodePoints() {
        List<Integer> cps = new ArrayList<>();
        for (int c = 0; c < LAST; c++) {
            if (Character.getType(c) != Character.UNASSIGNED && Character.getType(c) != Character.SURROGATE) {
                cps.add(c);
            }
        }
        return cps;
    }

    @ParameterizedTest
    @ValueSource(strings = {"isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isupper",
            "islower", "isprintable", "isidentifier", "isidentifier_continue"})
    void predicateAgreesWithPythonOnEveryCharacter(String name) {
        BitSet expected = PREDICATES.get(name);
        Predicate<String> method = PREDICATE_METHODS.get(name);
        List<String> wrong = knownCodePoints().stream()
                .filter(c -> method.test(new String(Character.toChars(c))) != expected.get(c))
                .map(Integer::toHexString).collect(Collectors.toList());
        assertTrue(wrong.isEmpty(), name + " differs from Python at " + wrong.stream().limit(20).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"upper", "lower", "title", "capitalize", "casefold"})
    void caseMappingAgreesWithPythonOnEveryCharacter(String name) {
        Map<Integer, String> expected = MAPPINGS.get(name);
        Function<String, String> method = MAPPING_METHODS.get(name);
        List<String> wrong = knownCodePoints().stream()
                .filter(c -> {
                    String s = new String(Character.toChars(c));
                    return !method.apply(s).equals(expected.getOrDefault(c, s));
                })
                .map(Integer::toHexString).collect(Collectors.toList());
        assertTrue(wrong.isEmpty(), name + " differs from Python at " + wrong.stream().limit(20).toList());
    }
}
