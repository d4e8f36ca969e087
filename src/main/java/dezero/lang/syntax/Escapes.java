package dezero.lang.syntax;

/** Python's backslash escapes in string literals: {@code \n}, {@code \x41}, {@code \u00e9}, {@code \0}. */
public final class Escapes {
    private Escapes() {}

    /** The value of a non-raw literal's body; unknown escapes keep their backslash, as Python does. */
    public static String decode(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                b.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case '\n' -> { }
                case '\\' -> b.append('\\');
                case '\'' -> b.append('\'');
                case '"' -> b.append('"');
                case 'a' -> b.append('\u0007');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'v' -> b.append('\u000b');
                case 'x' -> i = hex(s, i, 2, b);
                case 'u' -> i = hex(s, i, 4, b);
                case 'U' -> i = hex(s, i, 8, b);
                default -> {
                    if (n >= '0' && n <= '7') {
                        int v = 0;
                        int k = 0;
                        while (k < 3 && i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '7') {
                            v = v * 8 + (s.charAt(i) - '0');
                            i++;
                            k++;
                        }
                        i--;
                        b.append((char) v);
                    } else {
                        b.append('\\').append(n);
                    }
                }
            }
        }
        return b.toString();
    }

    private static int hex(String s, int i, int n, StringBuilder b) {
        String digits = s.substring(i + 1, Math.min(s.length(), i + 1 + n));
        if (digits.length() < n || !digits.chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
            int valid = 0;
            while (valid < digits.length() && Character.digit(digits.charAt(valid), 16) >= 0) {
                valid++;
            }
            // CPython counts positions in the UTF-8 bytes of the literal, from its backslash.
            int start = s.substring(0, i - 1).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            throw PySyntaxError.syntax("(unicode error) 'unicodeescape' codec can't decode bytes in position " + start
                    + "-" + (start + 1 + valid) + ": truncated \\" + s.charAt(i) + "X".repeat(n) + " escape", Pos.NONE);
        }
        b.appendCodePoint(Integer.parseInt(digits, 16));
        return i + n;
    }
}
