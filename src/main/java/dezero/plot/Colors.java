package dezero.plot;

import java.awt.Color;
import java.util.Locale;
import java.util.Map;

/**
 * matplotlib's colour specifications: the one-letter base colours ({@code 'r'}), the default
 * cycle ({@code 'C0'} ... {@code 'C9'}, {@code 'tab:blue'}), {@code '#rrggbb'}, grey levels
 * ({@code '0.5'}) and the common CSS names; plus the viridis colour map contourf uses.
 */
public final class Colors {
    /** matplotlib's default property cycle (the "tab10" colours), in order. */
    public static final Color[] CYCLE = {
        rgb(0x1f77b4), rgb(0xff7f0e), rgb(0x2ca02c), rgb(0xd62728), rgb(0x9467bd),
        rgb(0x8c564b), rgb(0xe377c2), rgb(0x7f7f7f), rgb(0xbcbd22), rgb(0x17becf),
    };

    private static final String[] TAB_NAMES = {
        "blue", "orange", "green", "red", "purple", "brown", "pink", "gray", "olive", "cyan",
    };

    /** matplotlib's base colours: not CSS's ({@code 'g'} is half green, {@code 'c'} 0.75 cyan). */
    private static final Map<Character, Color> BASE = Map.of(
            'b', new Color(0, 0, 255), 'g', new Color(0, 128, 0), 'r', new Color(255, 0, 0),
            'c', new Color(0, 191, 191), 'm', new Color(191, 0, 191), 'y', new Color(191, 191, 0),
            'k', new Color(0, 0, 0), 'w', new Color(255, 255, 255));

    private static final Map<String, Integer> CSS = Map.ofEntries(
            Map.entry("black", 0x000000), Map.entry("white", 0xffffff), Map.entry("red", 0xff0000),
            Map.entry("green", 0x008000), Map.entry("blue", 0x0000ff), Map.entry("orange", 0xffa500),
            Map.entry("yellow", 0xffff00), Map.entry("cyan", 0x00ffff), Map.entry("magenta", 0xff00ff),
            Map.entry("purple", 0x800080), Map.entry("brown", 0xa52a2a), Map.entry("pink", 0xffc0cb),
            Map.entry("gray", 0x808080), Map.entry("grey", 0x808080), Map.entry("olive", 0x808000),
            Map.entry("navy", 0x000080), Map.entry("teal", 0x008080), Map.entry("lime", 0x00ff00),
            Map.entry("gold", 0xffd700), Map.entry("maroon", 0x800000), Map.entry("silver", 0xc0c0c0),
            Map.entry("violet", 0xee82ee), Map.entry("indigo", 0x4b0082), Map.entry("crimson", 0xdc143c),
            Map.entry("coral", 0xff7f50), Map.entry("salmon", 0xfa8072), Map.entry("tomato", 0xff6347),
            Map.entry("skyblue", 0x87ceeb), Map.entry("steelblue", 0x4682b4), Map.entry("royalblue", 0x4169e1),
            Map.entry("darkblue", 0x00008b), Map.entry("darkgreen", 0x006400), Map.entry("darkred", 0x8b0000),
            Map.entry("darkorange", 0xff8c00), Map.entry("darkgray", 0xa9a9a9), Map.entry("darkgrey", 0xa9a9a9),
            Map.entry("lightblue", 0xadd8e6), Map.entry("lightgreen", 0x90ee90), Map.entry("lightgray", 0xd3d3d3),
            Map.entry("lightgrey", 0xd3d3d3), Map.entry("dimgray", 0x696969), Map.entry("turquoise", 0x40e0d0),
            Map.entry("chocolate", 0xd2691e), Map.entry("tan", 0xd2b48c), Map.entry("khaki", 0xf0e68c),
            Map.entry("forestgreen", 0x228b22), Map.entry("limegreen", 0x32cd32), Map.entry("seagreen", 0x2e8b57),
            Map.entry("orchid", 0xda70d6), Map.entry("slategray", 0x708090), Map.entry("beige", 0xf5f5dc));

    /** viridis sampled at 0, 0.1, ..., 1 (matplotlib's _cm_listed table); linear in between. */
    private static final int[] VIRIDIS = {
        0x440154, 0x482475, 0x414487, 0x355f8d, 0x2a788e, 0x21918c, 0x22a884, 0x44bf70, 0x7ad151, 0xbddf26, 0xfde725,
    };

    private Colors() {}

    /** The colour a matplotlib colour string names; {@code ValueError} as matplotlib's otherwise. */
    public static Color parse(String spec) {
        Color c = tryParse(spec);
        if (c == null) {
            throw PlotException.value("Invalid RGBA argument: '" + spec + "'");
        }
        return c;
    }

    /**
     * A colour as the language passes one: a colour string, or an RGB(A) sequence of numbers in
     * [0, 1] (a tuple {@code (1, 0.5, 0)}); matplotlib's ValueError otherwise.
     */
    public static Color of(Object value) {
        if (value instanceof String s) {
            return parse(s);
        }
        double[] v = value instanceof double[] || value instanceof java.util.List<?> ? Kwargs.numbers(value, "color")
                : null;
        if (v == null || (v.length != 3 && v.length != 4)) {
            throw PlotException.value("Invalid RGBA argument: " + (v == null ? String.valueOf(value) : java.util.Arrays.toString(v)));
        }
        for (double d : v) {
            if (!(d >= 0 && d <= 1)) {
                throw PlotException.value("RGBA values should be within 0-1 range");
            }
        }
        return new Color((float) v[0], (float) v[1], (float) v[2], v.length == 4 ? (float) v[3] : 1f);
    }

    /** The colour a string names, or null when it names none (format strings try this first). */
    static Color tryParse(String spec) {
        // As matplotlib: one letter is case-sensitive ('C' is no colour), longer names are not.
        String s = spec.length() == 1 ? spec : spec.toLowerCase(Locale.ROOT);
        if (s.length() == 1 && BASE.containsKey(s.charAt(0))) {
            return BASE.get(s.charAt(0));
        }
        if (spec.matches("C[0-9]+")) {
            return cycle(Integer.parseInt(spec.substring(1, Math.min(spec.length(), 9))));
        }
        if (s.startsWith("tab:")) {
            for (int i = 0; i < TAB_NAMES.length; i++) {
                if (TAB_NAMES[i].equals(s.substring(4)) || (s.equals("tab:grey") && i == 7)) {
                    return CYCLE[i];
                }
            }
            return null;
        }
        if (s.startsWith("#")) {
            return hex(s.substring(1));
        }
        Integer css = CSS.get(s);
        if (css != null) {
            return rgb(css);
        }
        return grey(s);
    }

    private static Color hex(String h) {
        if (!h.matches("[0-9a-f]+") || !(h.length() == 3 || h.length() == 6 || h.length() == 8)) {
            return null;
        }
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        int alpha = h.length() == 8 ? Integer.parseInt(h.substring(6), 16) : 255;
        int v = Integer.parseInt(h.substring(0, 6), 16);
        return new Color((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff, alpha);
    }

    private static Color grey(String s) {
        if (!s.matches("[0-9]*\\.?[0-9]+")) {
            return null;
        }
        double v = Double.parseDouble(s);
        if (v < 0 || v > 1) {
            return null;
        }
        int g = (int) Math.round(v * 255);
        return new Color(g, g, g);
    }

    /** The n-th colour of the default cycle, wrapping around as matplotlib's does. */
    public static Color cycle(int n) {
        return CYCLE[Math.floorMod(n, CYCLE.length)];
    }

    /** viridis at {@code t} in [0, 1] (clamped). */
    public static Color viridis(double t) {
        double u = Math.max(0, Math.min(1, Double.isNaN(t) ? 0 : t)) * (VIRIDIS.length - 1);
        int i = Math.min((int) u, VIRIDIS.length - 2);
        double f = u - i;
        Color a = rgb(VIRIDIS[i]);
        Color b = rgb(VIRIDIS[i + 1]);
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f),
                mix(a.getBlue(), b.getBlue(), f));
    }

    /** The colour as matplotlib's {@code to_hex} writes it: {@code #1f77b4}. */
    public static String hex(Color c) {
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }

    private static Color rgb(int v) {
        return new Color(v);
    }
}
