package dezero.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.DoubleFunction;
import java.util.function.DoubleToLongFunction;

/**
 * Formats arrays and numpy scalars the way numpy and Python print them: {@link #str(NDArray)}
 * ({@code print(a)}), {@link #repr(NDArray)} ({@code array([1, 2], dtype=int32)}),
 * {@link #scalarStr} and {@link #scalarRepr} for numpy scalars ({@code 3.0},
 * {@code np.float64(3.0)}, {@code np.True_}).
 *
 * <p>{@link #str} follows numpy 2.x {@code numpy/_core/arrayprint.py} with default print options
 * (precision=8, floatmode='maxprec', suppress=False, linewidth=75, threshold=1000, edgeitems=3,
 * sign='-'): {@code FloatingFormat.fillFormat} picks positional or scientific notation and the
 * column widths, {@code _formatArray} lays the elements out with numpy's line wrapping and
 * summarisation. Digits come from {@link FloatDigits}, a port of numpy's Dragon4.
 */
public final class NumpyFormat {

    private static final int PRECISION = 8;
    private static final int LINE_WIDTH = 75;
    private static final int THRESHOLD = 1000;
    private static final int EDGE_ITEMS = 3;
    private static final String SEPARATOR = " ";
    private static final String SUMMARY = "...";

    private NumpyFormat() { }

    /** numpy's str(ndarray) with default print options; data is row-major, shape may be empty (0-d scalar) or contain zeros. Not modified. */
    public static String str(double[] data, int[] shape) {
        long size = checkedSize(data, shape);
        if (shape.length == 0) {
            return pyFloat(data[0]);
        }
        return body(data, shape, DType.FLOAT64, SEPARATOR, " ", LINE_WIDTH);
    }

    /** numpy's {@code str(a)} for any dtype: {@code [1. 2.]}, {@code [2 0 1]}, {@code [ True False]}, {@code 3.0}. */
    public static String str(NDArray a) {
        if (a.ndim() == 0) {
            return scalarStr(a);
        }
        return body(a, SEPARATOR, " ", LINE_WIDTH);
    }

    /**
     * numpy's {@code repr(a)}: {@code array([1., 2.])}, {@code array([2, 0, 1])},
     * {@code array([0.1, 0.2], dtype=float32)}, {@code array(3.)}, {@code array([], shape=(0, 3), dtype=float64)};
     * the dtype is shown unless it is float64, int64 or bool (and the array is not empty).
     */
    public static String repr(NDArray a) {
        String prefix = "array(";
        int[] shape = a.shapeRef();
        boolean empty = a.size() == 0;
        String list = a.ndim() == 0
                ? (a.dtype().isInteger() || a.dtype() == DType.BOOL ? scalarStr(a)
                    : elementFormat(a.buffer(), a.dtype(), ", ").apply(a.buffer()[0]))
                : body(a, ", ", " ".repeat(prefix.length() + 1), LINE_WIDTH - 1);
        List<String> extras = new ArrayList<>();
        if (empty && !Arrays.equals(shape, new int[] {0}) || a.size() > THRESHOLD) {
            extras.add("shape=" + shapeTuple(shape));
        }
        DType t = a.dtype();
        if (!(t == DType.FLOAT64 || t == DType.INT64 || t == DType.BOOL) || empty) {
            extras.add("dtype=" + t.numpyName());
        }
        if (extras.isEmpty()) {
            return prefix + list + ")";
        }
        String arr = prefix + list + ",";
        String extra = String.join(", ", extras) + ")";
        int lastLine = arr.length() - (arr.lastIndexOf('\n') + 1);
        String spacer = lastLine + extra.length() + 1 > LINE_WIDTH ? "\n" + " ".repeat(prefix.length()) : " ";
        return arr + spacer + extra;
    }

    /**
     * What {@code print} shows for a numpy scalar (a 0-d array): {@code 3.0} (float64, as
     * Python's float), {@code 0.1} (float32: its shortest digits), {@code 2}, {@code True}.
     */
    public static String scalarStr(NDArray zeroD) {
        double v = zeroD.buffer()[0];
        return switch (zeroD.dtype()) {
            case FLOAT64 -> pyFloat(v);
            case FLOAT32 -> float32Str(v);
            case BOOL -> v != 0 ? "True" : "False";
            default -> Long.toString(zeroD.longAt(0));
        };
    }

    /**
     * numpy 2's repr of a numpy scalar (a 0-d array): {@code np.float64(3.0)}, {@code np.int64(2)},
     * {@code np.float32(0.1)}, {@code np.True_}.
     */
    public static String scalarRepr(NDArray zeroD) {
        if (zeroD.dtype() == DType.BOOL) {
            return zeroD.buffer()[0] != 0 ? "np.True_" : "np.False_";
        }
        return "np." + zeroD.dtype().numpyName() + "(" + scalarStr(zeroD) + ")";
    }

    /**
     * numpy's str of a float32 scalar: the shortest digits that identify the float, positional
     * from 1e-4 up to 1e6 and scientific outside ({@code 1e+06}, {@code 1.2345679e+08}).
     */
    static String float32Str(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        double abs = Math.abs(v);
        if (abs == 0 || abs >= 1e-4 && abs < 1e6) {
            String s = FloatDigits.positional(v, true, -1, -1, FloatDigits.Trim.ZEROS, -1, -1);
            return s.endsWith(".") ? s + "0" : s;
        }
        String s = FloatDigits.scientific(v, true, -1, -1, FloatDigits.Trim.ZEROS, -1, -1);
        return s.replace(".e", "e");
    }

    /**
     * The bracketed rows of array {@code a}. An int64 array with exact values past 2^53 is laid
     * out over its elements' positions, each printed as its exact value.
     */
    private static String body(NDArray a, String separator, String indent, int width) {
        long[] exact = a.exactOrNull();
        if (exact == null) {
            return body(a.buffer(), a.shapeRef(), a.dtype(), separator, indent, width);
        }
        int[] shape = a.shapeRef();
        double[] positions = new double[exact.length];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = i;
        }
        boolean summarise = exact.length > THRESHOLD;
        double[] shown = summarise ? leadingTrailing(positions, shape) : positions;
        DoubleToLongFunction value = new DoubleToLongFunction() {
            @Override
            public long applyAsLong(double p) {
                return exact[(int) p];
            }
        };
        return new Layout(positions, shape, new IntegerFormat(shown, value), summarise, separator).render(indent, width);
    }

    /** The bracketed rows of a non-0-d array (numpy's array2string). */
    private static String body(double[] data, int[] shape, DType dtype, String separator, String indent, int width) {
        long size = Shapes.size(shape);
        if (size == 0) {
            return "[]";
        }
        boolean summarise = size > THRESHOLD;
        double[] shown = summarise ? leadingTrailing(data, shape) : data;
        return new Layout(data, shape, elementFormat(shown, dtype, separator), summarise, separator).render(indent, width);
    }

    /**
     * numpy's per-dtype element formatter (FloatingFormat, IntegerFormat, BoolFormat) over the
     * shown values. The formatters here are classes, not lambdas or streams: printing an array is
     * often the first thing a program does that would link one, and a JVM's first costs milliseconds.
     */
    private static DoubleFunction<String> elementFormat(double[] shown, DType dtype, String separator) {
        if (dtype.isFloat()) {
            return new ElementFormat(shown, dtype == DType.FLOAT32);
        }
        if (dtype == DType.BOOL) {
            return BOOL_FORMAT;
        }
        return new IntegerFormat(shown, TRUNCATE);
    }

    /** numpy's BoolFormat. */
    private static final DoubleFunction<String> BOOL_FORMAT = new DoubleFunction<>() {
        @Override
        public String apply(double v) {
            return v != 0 ? " True" : "False";
        }
    };

    /** An integer dtype's element, held as a double. */
    private static final DoubleToLongFunction TRUNCATE = new DoubleToLongFunction() {
        @Override
        public long applyAsLong(double v) {
            return (long) v;
        }
    };

    /**
     * numpy's IntegerFormat: every element right-aligned to the widest of the {@code shown}
     * ones; {@code value} gives the integer an element of the layout stands for.
     */
    private static final class IntegerFormat implements DoubleFunction<String> {
        private final DoubleToLongFunction value;
        private final int width;

        IntegerFormat(double[] shown, DoubleToLongFunction value) {
            this.value = value;
            int w = 0;
            for (double v : shown) {
                w = Math.max(w, Long.toString(value.applyAsLong(v)).length());
            }
            this.width = w;
        }

        @Override
        public String apply(double v) {
            String d = Long.toString(value.applyAsLong(v));
            return " ".repeat(width - d.length()) + d;
        }
    }

    /** Python's repr(float): shortest round-trip digits; '3.0', '0.1', '1e-05', '1e+16', '123456789.0', 'inf', '-inf', 'nan', '-0.0'. */
    public static String pyFloat(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        String sign = Double.doubleToRawLongBits(v) < 0 ? "-" : "";
        FloatDigits.Digits d = FloatDigits.shortest(v);
        String digits = d.digits();
        int pointPos = d.exponent() + 1; // Python's decpt: digits.charAt(0) is at 10^(decpt-1)
        if (v != 0 && (pointPos <= -4 || pointPos > 16)) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mantissa + FloatDigits.exponentSuffix(d.exponent(), 2);
        }
        if (pointPos <= 0) {
            return sign + "0." + "0".repeat(-pointPos) + digits;
        }
        if (pointPos >= digits.length()) {
            return sign + digits + "0".repeat(pointPos - digits.length()) + ".0";
        }
        return sign + digits.substring(0, pointPos) + "." + digits.substring(pointPos);
    }

    /** Python tuple repr of a shape: '()', '(3,)', '(2, 3)'. */
    public static String shapeTuple(int[] shape) {
        if (shape.length == 1) {
            return "(" + shape[0] + ",)";
        }
        StringJoiner joiner = new StringJoiner(", ", "(", ")");
        for (int dim : shape) {
            joiner.add(Integer.toString(dim));
        }
        return joiner.toString();
    }

    private static long checkedSize(double[] data, int[] shape) {
        long size = 1;
        for (int dim : shape) {
            if (dim < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + shapeTuple(shape));
            }
            size *= dim;
        }
        if (size != data.length) {
            throw new IllegalArgumentException(
                    "data has " + data.length + " elements but shape " + shapeTuple(shape) + " needs " + size);
        }
        return size;
    }

    /** The elements numpy's _leading_trailing keeps: along each axis longer than 2*edgeitems, only both edges. */
    private static double[] leadingTrailing(double[] data, int[] shape) {
        int count = 1;
        for (int n : shape) {
            count *= shownIndices(n, true).length;
        }
        double[] kept = new double[count];
        collectShown(data, shape, 0, 0, kept, 0);
        return kept;
    }

    /** Puts the shown elements under {@code axis} at {@code kept[at...]}; returns the next free place. */
    private static int collectShown(double[] data, int[] shape, int axis, int offset, double[] kept, int at) {
        if (axis == shape.length) {
            kept[at] = data[offset];
            return at + 1;
        }
        for (int i : shownIndices(shape[axis], true)) {
            at = collectShown(data, shape, axis + 1, offset + i * strideOf(shape, axis), kept, at);
        }
        return at;
    }

    /** Indices printed along an axis of length n: all, or edgeitems from each end when summarising. */
    private static int[] shownIndices(int n, boolean summarise) {
        boolean all = !summarise || n <= 2 * EDGE_ITEMS;
        int[] indices = new int[all ? n : 2 * EDGE_ITEMS];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = all || i < EDGE_ITEMS ? i : n - 2 * EDGE_ITEMS + i;
        }
        return indices;
    }

    private static int strideOf(int[] shape, int axis) {
        int stride = 1;
        for (int k = axis + 1; k < shape.length; k++) {
            stride *= shape[k];
        }
        return stride;
    }

    /** numpy's _formatArray (legacy=False) with _extendLine for the single-line float words. */
    private record Layout(double[] data, int[] shape, DoubleFunction<String> elements,
                          boolean summarise, String separator) {

        String render(String indent, int width) {
            return recurse(0, 0, indent, width);
        }

        private String recurse(int axis, int offset, String hangingIndent, int currWidth) {
            if (axis == shape.length) {
                return elements.apply(data[offset]);
            }
            String body = axis == shape.length - 1
                    ? row(offset, hangingIndent, currWidth)
                    : block(axis, offset, hangingIndent, currWidth);
            return "[" + body.substring(hangingIndent.length()) + "]";
        }

        /** The last axis: elements separated by spaces, wrapped before the line would pass the width. */
        private String row(int offset, String hangingIndent, int currWidth) {
            int elemWidth = currWidth - 1; // room for ']'
            int n = shape[shape.length - 1];
            int[] indices = shownIndices(n, summarise);
            StringBuilder s = new StringBuilder();
            String line = hangingIndent;
            for (int k = 0; k < indices.length; k++) {
                if (k == EDGE_ITEMS && indices.length < n) {
                    line = extendLine(s, line, SUMMARY, elemWidth, hangingIndent) + separator;
                }
                String word = elements.apply(data[offset + indices[k]]);
                line = extendLine(s, line, word, elemWidth, hangingIndent);
                if (k < indices.length - 1) {
                    line += separator;
                }
            }
            return s.append(line).toString();
        }

        /** Outer axes: sub-arrays on their own lines, separated by (axes left - 1) newlines. */
        private String block(int axis, int offset, String hangingIndent, int currWidth) {
            int n = shape[axis];
            int[] indices = shownIndices(n, summarise);
            int stride = strideOf(shape, axis);
            String lineSep = separator.stripTrailing() + "\n".repeat(shape.length - axis - 1);
            StringBuilder s = new StringBuilder();
            for (int k = 0; k < indices.length; k++) {
                if (k == EDGE_ITEMS && indices.length < n) {
                    s.append(hangingIndent).append(SUMMARY).append(lineSep);
                }
                String nested = recurse(axis + 1, offset + indices[k] * stride, hangingIndent + " ", currWidth - 1);
                s.append(hangingIndent).append(nested);
                if (k < indices.length - 1) {
                    s.append(lineSep);
                }
            }
            return s.toString();
        }

        /** numpy's _extendLine: flushes the line to s (right-stripped) when the word would not fit. */
        private static String extendLine(StringBuilder s, String line, String word, int lineWidth, String nextLinePrefix) {
            boolean needsWrap = line.length() + word.length() > lineWidth && line.length() > nextLinePrefix.length();
            if (needsWrap) {
                s.append(line.stripTrailing()).append('\n');
                line = nextLinePrefix;
            }
            return line + word;
        }
    }

    /** numpy's FloatingFormat for maxprec / precision 8: one width and notation for all elements. */
    private static final class ElementFormat implements DoubleFunction<String> {
        private final boolean expFormat;
        private int padLeft;
        private int padRight;
        private int precision = PRECISION;
        private int expSize = -1;

        private final boolean f32;

        ElementFormat(double[] values, boolean f32) {
            this.f32 = f32;
            double[] finite = finite(values);
            expFormat = needsExpFormat(finite, f32);
            if (finite.length > 0 && expFormat) {
                fillScientific(finite);
            } else if (finite.length > 0) {
                fillPositional(finite);
            }
            if (finite.length != values.length) { // widen the integer part so "nan", "inf", "-inf" fit
                boolean negInf = false;
                for (double v : values) {
                    negInf |= v == Double.NEGATIVE_INFINITY;
                }
                int offset = padRight + 1;
                padLeft = Math.max(padLeft, "inf".length() + (negInf ? 1 : 0) - offset);
            }
        }

        /** Scientific notation if the non-zero magnitudes reach 1e8 (float32: 1e6, its precision), go below 1e-4 or span more than 1e3. */
        private static boolean needsExpFormat(double[] finite, boolean f32) {
            double max = 0;
            double min = Double.POSITIVE_INFINITY;
            for (double v : finite) {
                double a = Math.abs(v);
                if (a != 0) {
                    max = Math.max(max, a);
                    min = Math.min(min, a);
                }
            }
            if (max == 0) {
                return false;
            }
            double ratio = f32 ? (float) max / (float) min : max / min;
            return max >= (f32 ? 1e6 : 1e8) || min < 1e-4 || ratio > 1000.0;
        }

        private void fillScientific(double[] finite) {
            int fraction = 0;
            for (double v : finite) {
                String s = FloatDigits.scientific(v, f32, PRECISION, -1, FloatDigits.Trim.ZEROS, -1, -1);
                int e = s.indexOf('e');
                int point = s.indexOf('.');
                padLeft = Math.max(padLeft, point);
                fraction = Math.max(fraction, e - point - 1);
                expSize = Math.max(expSize, s.length() - e - 2);
            }
            precision = fraction;
            padRight = expSize + 2 + precision;
        }

        private void fillPositional(double[] finite) {
            for (double v : finite) {
                String s = FloatDigits.positional(v, f32, PRECISION, -1, FloatDigits.Trim.ZEROS, -1, -1);
                int point = s.indexOf('.');
                padLeft = Math.max(padLeft, point);
                padRight = Math.max(padRight, s.length() - point - 1);
            }
        }

        /** The finite ones of {@code values}, in order. */
        private static double[] finite(double[] values) {
            int n = 0;
            for (double v : values) {
                n += Double.isFinite(v) ? 1 : 0;
            }
            double[] finite = new double[n];
            int k = 0;
            for (double v : values) {
                if (Double.isFinite(v)) {
                    finite[k++] = v;
                }
            }
            return finite;
        }

        @Override
        public String apply(double v) {
            if (!Double.isFinite(v)) {
                String word = Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
                return " ".repeat(Math.max(padLeft + padRight + 1 - word.length(), 0)) + word;
            }
            if (expFormat) {
                return FloatDigits.scientific(v, f32, precision, precision, FloatDigits.Trim.KEEP, padLeft, expSize);
            }
            return FloatDigits.positional(v, f32, precision, 0, FloatDigits.Trim.ZEROS, padLeft, padRight);
        }
    }
}
