package dezero.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;

/**
 * One measured case, printed as BENCH.md's result line:
 * {@code wide_fanin 10000 0.0042 impl=java reps=15 min_s=0.0040 max_s=0.0061 ... check=ok rss_peak_kb=81234 ver=...}.
 *
 * @param failure what the check found wrong, or null when the values were right
 */
public record Result(String bench, int n, double median, int reps, double min, double max,
                     Map<String, String> extras, String failure, long rssPeakKb, String ver) {

    /** True when every check passed. */
    public boolean ok() {
        return failure == null;
    }

    /** The result line: space-separated, no space inside a field. */
    public String line() {
        StringBuilder sb = new StringBuilder()
                .append(bench).append(' ').append(n).append(' ').append(seconds(median))
                .append(" impl=java reps=").append(reps)
                .append(" min_s=").append(seconds(min))
                .append(" max_s=").append(seconds(max));
        extras.forEach((k, v) -> sb.append(' ').append(k).append('=').append(field(v)));
        sb.append(" check=").append(ok() ? "ok" : "FAIL(" + field(failure) + ")");
        sb.append(" rss_peak_kb=").append(rssPeakKb);
        sb.append(" ver=").append(field(ver));
        return sb.toString();
    }

    /** Seconds to 4 significant digits, never in exponent form: {@code 0.0004217}. */
    public static String seconds(double s) {
        return decimal(s, 4);
    }

    /** {@code x} to {@code digits} significant digits in plain notation ({@code nan}, {@code inf} as such). */
    public static String decimal(double x, int digits) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        return new BigDecimal(x).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
    }

    private static String field(String v) {
        return v.replaceAll("\\s+", "_");
    }
}
