package dezero.functions;

import dezero.core.ArgumentException;
import dezero.core.NDArray;

/** DeZero's numpy helpers of functions_conv.py: {@code im2col_array}, {@code col2im_array} and the output sizes. */
final class ConvArrays {
    private ConvArrays() {}

    /** DeZero's {@code pair}: one int for both sides, or two. */
    static int[] pair(int... v) {
        if (v.length == 1) {
            return new int[] {v[0], v[0]};
        }
        if (v.length == 2) {
            return v.clone();
        }
        throw new IllegalArgumentException("expected an int or a pair of ints, got " + v.length + " values");
    }

    /** DeZero's {@code get_conv_outsize}: {@code (size + 2 pad - kernel) // stride + 1}. */
    static int convOutsize(int size, int kernel, int stride, int pad) {
        return Math.floorDiv(size + pad * 2 - kernel, stride) + 1;
    }

    /** DeZero's {@code get_deconv_outsize}: {@code stride (size - 1) + kernel - 2 pad}. */
    static int deconvOutsize(int size, int kernel, int stride, int pad) {
        return stride * (size - 1) + kernel - 2 * pad;
    }

    /**
     * Patches of an (N, C, H, W) image: (N, C, KH, KW, OH, OW), or (N*OH*OW, C*KH*KW) when
     * {@code toMatrix}; positions in the zero padding read 0.
     */
    static NDArray im2col(NDArray img, int[] kernel, int[] stride, int[] pad, boolean toMatrix) {
        int[] s = img.shape();
        int n = s[0], c = s[1], h = s[2], w = s[3];
        int kh = kernel[0], kw = kernel[1], sh = stride[0], sw = stride[1], ph = pad[0], pw = pad[1];
        int oh = convOutsize(h, kh, sh, ph);
        int ow = convOutsize(w, kw, sw, pw);
        double[] a = img.toArray();
        double[] col = new double[n * c * kh * kw * oh * ow];
        int k = 0;
        for (int in = 0; in < n; in++) {
            for (int ic = 0; ic < c; ic++) {
                int base = (in * c + ic) * h * w;
                for (int j = 0; j < kh; j++) {
                    for (int i = 0; i < kw; i++) {
                        for (int y = 0; y < oh; y++) {
                            int row = j + sh * y - ph;
                            for (int x = 0; x < ow; x++, k++) {
                                int column = i + sw * x - pw;
                                if (row >= 0 && row < h && column >= 0 && column < w) {
                                    col[k] = a[base + row * w + column];
                                }
                            }
                        }
                    }
                }
            }
        }
        NDArray out = NDArray.of(col, img.dtype(), n, c, kh, kw, oh, ow);
        return toMatrix ? out.transpose(0, 4, 5, 1, 2, 3).reshape(n * oh * ow, -1) : out;
    }

    /** The inverse scatter of {@link #im2col}: patches summed back into an image of {@code imgShape} (N, C, H, W). */
    static NDArray col2im(NDArray col, int[] imgShape, int[] kernel, int[] stride, int[] pad, boolean toMatrix) {
        int n = imgShape[0], c = imgShape[1], h = imgShape[2], w = imgShape[3];
        int kh = kernel[0], kw = kernel[1], sh = stride[0], sw = stride[1], ph = pad[0], pw = pad[1];
        int oh = convOutsize(h, kh, sh, ph);
        int ow = convOutsize(w, kw, sw, pw);
        if (toMatrix) {
            col = col.reshape(n, oh, ow, c, kh, kw).transpose(0, 3, 4, 5, 1, 2);
        }
        double[] a = col.toArray();
        double[] img = new double[n * c * h * w];
        // DeZero adds one (j, i) slice at a time: the same order of sums per pixel.
        for (int j = 0; j < kh; j++) {
            for (int i = 0; i < kw; i++) {
                for (int in = 0; in < n; in++) {
                    for (int ic = 0; ic < c; ic++) {
                        int src = (((in * c + ic) * kh + j) * kw + i) * oh * ow;
                        int base = (in * c + ic) * h * w;
                        for (int y = 0; y < oh; y++) {
                            int row = j + sh * y - ph;
                            for (int x = 0; x < ow; x++) {
                                int column = i + sw * x - pw;
                                if (row >= 0 && row < h && column >= 0 && column < w) {
                                    img[base + row * w + column] += a[src + y * ow + x];
                                }
                            }
                        }
                    }
                }
            }
        }
        return NDArray.of(img, col.dtype(), n, c, h, w);
    }

    /**
     * Python's error for unpacking {@code got} values into {@code expected} names, as DeZero's
     * {@code N, C, H, W = x.shape} raises it for an input of the wrong rank.
     */
    static void unpack(int got, int expected) {
        if (got < expected) {
            throw new ArgumentException("not enough values to unpack (expected " + expected + ", got " + Math.max(0, got) + ")");
        }
        if (got > expected) {
            throw new ArgumentException("too many values to unpack (expected " + expected + ")");
        }
    }
}
