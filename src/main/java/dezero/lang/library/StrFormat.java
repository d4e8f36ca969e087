package dezero.lang.library;

import java.util.List;
import java.util.Map;

/**
 * Python's {@code str.format}, a port of CPython 3.11's Objects/stringlib/unicode_format.h:
 * {@code {}}, {@code {0}}, {@code {name}}, {@code {0[1]}}, {@code {0.attr}}, conversions
 * {@code !r !s !a}, nested specs {@code {:{width}.{prec}f}} and {@code {{ }}}, with CPython's errors.
 * <pre>{@code StrFormat.format("{:>{}}|{name!r}", List.of("a", 3L), Map.of("name", "x"), t)  // "  a|'x'"}</pre>
 */
public final class StrFormat {

    private static final int RECURSION_DEPTH = 2;

    /** CPython's AutoNumber: whether fields are numbered automatically ({}) or by hand ({0}). */
    private static final class Numbering {
        private int state;   // 0 unset, 1 automatic, 2 manual
        private long next;
    }

    private final String template;
    private final List<Object> args;
    private final Map<String, Object> kwargs;
    private final ValueText t;
    private final Numbering numbering;
    private int pos;
    private final int end;

    private StrFormat(String template, int start, int end, List<Object> args, Map<String, Object> kwargs,
                      ValueText t, Numbering numbering) {
        this.template = template;
        this.pos = start;
        this.end = end;
        this.args = args;
        this.kwargs = kwargs;
        this.t = t;
        this.numbering = numbering;
    }

    /** Python's {@code template.format_map(mapping)}: names only; a positional field is a ValueError. */
    public static String formatMap(String template, Map<String, Object> mapping, ValueText t) {
        return format(template, null, mapping, t);
    }

    /** Python's {@code template.format(*args, **kwargs)}; args null means format_map (no positional arguments). */
    public static String format(String template, List<Object> args, Map<String, Object> kwargs, ValueText t) {
        return new StrFormat(template, 0, template.length(), args, kwargs, t, new Numbering()).build(RECURSION_DEPTH);
    }

    private String build(int depth) {
        if (depth <= 0) {
            throw FormatError.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder();
        while (pos < end) {
            int start = pos;
            char c = 0;
            boolean markup = false;
            while (pos < end) {
                c = template.charAt(pos++);
                if (c == '{' || c == '}') {
                    markup = true;
                    break;
                }
            }
            boolean atEnd = pos >= end;
            int length = pos - start;
            if (c == '}' && markup && (atEnd || template.charAt(pos) != '}')) {
                throw FormatError.valueError("Single '}' encountered in format string");
            }
            if (atEnd && c == '{' && markup) {
                throw FormatError.valueError("Single '{' encountered in format string");
            }
            if (markup && !atEnd) {
                if (template.charAt(pos) == c) {
                    pos++;
                    markup = false;
                } else {
                    length--;
                }
            } else if (markup) {
                length--;
            }
            out.append(template, start, start + length);
            if (markup) {
                field(out, depth);
            }
        }
        return out.toString();
    }

    /** CPython's parse_field and output_markup for the field after a '{'. */
    private void field(StringBuilder out, int depth) {
        int nameStart = pos;
        char c = 0;
        while (pos < end) {
            c = template.charAt(pos++);
            if (c == '{') {
                throw FormatError.valueError("unexpected '{' in field name");
            }
            if (c == '[') {
                while (pos < end && template.charAt(pos) != ']') {
                    pos++;
                }
                continue;
            }
            if (c == '}' || c == ':' || c == '!') {
                break;
            }
        }
        int nameEnd = pos - 1;
        int conversion = 0;
        int specStart = pos;
        int specEnd = pos;
        boolean specNeedsExpanding = false;
        if (c == '!' || c == ':') {
            boolean done = false;
            if (c == '!') {
                if (pos >= end) {
                    throw FormatError.valueError("end of string while looking for conversion specifier");
                }
                conversion = template.codePointAt(pos);
                pos += Character.charCount(conversion);
                if (pos < end) {
                    char next = template.charAt(pos++);
                    if (next == '}') {
                        done = true;
                        specStart = pos;
                        specEnd = pos;
                    } else if (next != ':') {
                        throw FormatError.valueError("expected ':' after conversion specifier");
                    }
                }
            }
            if (!done) {
                specStart = pos;
                int count = 1;
                while (true) {
                    if (pos >= end) {
                        throw FormatError.valueError("unmatched '{' in format spec");
                    }
                    char s = template.charAt(pos++);
                    if (s == '{') {
                        specNeedsExpanding = true;
                        count++;
                    } else if (s == '}' && --count == 0) {
                        specEnd = pos - 1;
                        break;
                    }
                }
            }
        } else if (c != '}') {
            throw FormatError.valueError("expected '}' before end of string");
        }
        Object value = fieldValue(nameStart, nameEnd);
        if (conversion != 0) {
            value = switch (conversion) {
                case 'r' -> ValueText.reprOf(value, t);
                case 's' -> ValueText.strOf(value, t);
                case 'a' -> ValueText.asciiOf(value, t);
                default -> throw FormatError.valueError("Unknown conversion specifier "
                        + (conversion > 32 && conversion < 127 ? String.valueOf((char) conversion)
                        : "\\x" + Integer.toHexString(conversion)));
            };
        }
        String spec = template.substring(specStart, specEnd);
        if (specNeedsExpanding) {
            spec = new StrFormat(template, specStart, specEnd, args, kwargs, t, numbering).build(depth - 1);
        }
        out.append(FormatSpec.format(value, spec, t));
    }

    /** CPython's get_field_object: the first part names an argument, then '.attr' and '[key]' follow. */
    private Object fieldValue(int start, int stop) {
        int i = start;
        while (i < stop && template.charAt(i) != '.' && template.charAt(i) != '[') {
            i++;
        }
        String first = template.substring(start, i);
        long index = integer(first);
        boolean empty = first.isEmpty();
        if (empty || index != -1) {
            if (numbering.state == 0) {
                numbering.state = empty ? 1 : 2;
            }
            if (numbering.state == 2 && empty) {
                throw FormatError.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            if (numbering.state == 1 && !empty) {
                throw FormatError.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            if (empty) {
                index = numbering.next++;
            }
        }
        Object value;
        if (index == -1) {
            if (kwargs == null || !kwargs.containsKey(first)) {
                throw new FormatError("KeyError", StrMethods.repr(first));
            }
            value = kwargs.get(first);
        } else {
            if (args == null) {
                throw FormatError.valueError("Format string contains positional fields");
            }
            if (index >= args.size()) {
                throw new FormatError("IndexError", "Replacement index " + index
                        + " out of range for positional args tuple");
            }
            value = args.get((int) index);
        }
        while (i < stop) {
            char c = template.charAt(i++);
            int nameStart = i;
            if (c == '.') {
                while (i < stop && template.charAt(i) != '.' && template.charAt(i) != '[') {
                    i++;
                }
                String name = template.substring(nameStart, i);
                if (name.isEmpty()) {
                    throw FormatError.valueError("Empty attribute in format string");
                }
                value = t.getAttr(value, name);
            } else if (c == '[') {
                while (i < stop && template.charAt(i) != ']') {
                    i++;
                }
                if (i >= stop) {
                    throw FormatError.valueError("Missing ']' in format string");
                }
                String key = template.substring(nameStart, i++);
                long keyIndex = integer(key);
                if (key.isEmpty()) {
                    throw FormatError.valueError("Empty attribute in format string");
                }
                value = t.getItem(value, keyIndex == -1 ? key : (Object) keyIndex);
            } else {
                throw FormatError.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return value;
    }

    /** CPython's get_integer: the decimal value of s, or -1 when s is empty or not all digits. */
    private static long integer(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < s.length(); i++) {
            int digit = Character.digit(s.charAt(i), 10);
            if (digit < 0) {
                return -1;
            }
            if (value > (Long.MAX_VALUE - digit) / 10) {
                throw FormatError.valueError("Too many decimal digits in format string");
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
