package dezero.core;

import java.math.BigDecimal;
import java.math.MathContext;

/** Formats float64 values and arrays the way numpy and Python print them. */
public final class NumpyFormat {
    private NumpyFormat() {}

    public static String str(double[] data, int[] shape) {
        if (shape.length == 0) {
            return pyFloat(data[0]);
        }
        StringBuilder sb = new StringBuilder();
        rec(data, shape, 0, 0, sb);
        return sb.toString();
    }

    private static int rec(double[] d, int[] shape, int axis, int off, StringBuilder sb) {
        sb.append('[');
        for (int i = 0; i < shape[axis]; i++) {
            if (i > 0) {
                sb.append(axis == shape.length - 1 ? " " : "\n" + " ".repeat(axis + 1));
            }
            if (axis == shape.length - 1) {
                String s = pyFloat(d[off++]);
                sb.append(s.endsWith(".0") ? s.substring(0, s.length() - 1) : s);
            } else {
                off = rec(d, shape, axis + 1, off, sb);
            }
        }
        sb.append(']');
        return off;
    }

    public static String pyFloat(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return 1 / v < 0 ? "-0.0" : "0.0";
        }
        BigDecimal b = null;
        for (int p = 1; p <= 17; p++) {
            b = new BigDecimal(v).round(new MathContext(p));
            if (b.doubleValue() == v) {
                break;
            }
        }
        int exp = b.precision() - b.scale() - 1;
        if (exp < -4 || exp >= 16) {
            String digits = b.unscaledValue().abs().toString().replaceAll("0+$", "");
            String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return (v < 0 ? "-" : "") + mant + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
        }
        String s = b.toPlainString();
        return s.contains(".") ? s : s + ".0";
    }

    public static String shapeTuple(int[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i > 0 ? ", " : "").append(shape[i]);
        }
        return sb.append(')').toString();
    }
}
