package dezero.plot;

import java.awt.Color;

/**
 * A matplotlib format string such as {@code 'ro'}, {@code 'b--'}, {@code 'x'} or {@code 'C2-.'},
 * read as matplotlib's {@code _process_plot_format} reads it: a whole colour name first, then
 * one character (or two for {@code --} and {@code -.}) at a time; a marker without a line style
 * draws markers only, neither draws a solid line.
 *
 * @param color the colour named, or null to take the next one of the cycle
 * @param line the line style ({@link LineStyle#NONE} for markers only)
 * @param marker the marker, or null for none
 */
public record FormatString(Color color, LineStyle line, MarkerShape marker) {

    /** Parses {@code fmt}; matplotlib's ValueError text when it is not a format string. */
    public static FormatString parse(String fmt) {
        Color whole = Colors.tryParse(fmt);
        if (whole != null && !fmt.strip().matches("[0-9]+")) {
            return new FormatString(whole, LineStyle.SOLID, null);
        }
        Color color = null;
        LineStyle line = null;
        MarkerShape marker = null;
        int i = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i);
            String two = i + 2 <= fmt.length() ? fmt.substring(i, i + 2) : "";
            if (two.equals("--") || two.equals("-.")) {
                line = once(line, LineStyle.parse(two), fmt, "linestyle");
                i += 2;
            } else if (c == '-' || c == ':' || c == ' ') {
                line = once(line, LineStyle.parse(String.valueOf(c)), fmt, "linestyle");
                i++;
            } else if (MarkerShape.of(c) != null) {
                marker = once(marker, MarkerShape.of(c), fmt, "marker");
                i++;
            } else if ("bgrcmykw".indexOf(c) >= 0) {
                color = once(color, Colors.parse(String.valueOf(c)), fmt, "color");
                i++;
            } else if (c == 'C') {
                int end = i + 1;
                while (end < fmt.length() && Character.isDigit(fmt.charAt(end))) {
                    end++;
                }
                if (end == i + 1) {
                    throw invalid(fmt, "unrecognized character 'C'");
                }
                color = Colors.cycle(Integer.parseInt(fmt.substring(i + 1, Math.min(end, i + 8))));
                i = end;
            } else {
                throw invalid(fmt, "unrecognized character '" + c + "'");
            }
        }
        if (line == null) {
            line = marker == null ? LineStyle.SOLID : LineStyle.NONE;
        }
        return new FormatString(color, line, marker);
    }

    private static <T> T once(T old, T now, String fmt, String what) {
        if (old != null) {
            throw invalid(fmt, "two " + what + " symbols");
        }
        return now;
    }

    private static PlotException invalid(String fmt, String why) {
        return PlotException.value("'" + fmt + "' is not a valid format string (" + why + ")");
    }
}
