package dezero.functions;

import dezero.core.DType;
import dezero.core.NDArray;
import dezero.core.Variable;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * DeZero's {@code dezero.utils} for arrays and gradients: {@code sum_to}, {@code logsumexp},
 * {@code numerical_grad}, {@code gradient_check}, {@code array_equal}, {@code array_allclose} and the
 * convolution sizes. (Graph pictures are {@code dezero.viz}'s.)
 */
public final class Utils {
    private Utils() {}

    /** DeZero's {@code utils.sum_to(x, shape)} on arrays. */
    public static NDArray sumTo(NDArray x, int... shape) {
        return x.sumTo(shape);
    }

    /** DeZero's {@code utils.logsumexp(x, axis=1)}: {@code log(sum(exp(x)))} along {@code axis}, kept as 1, computed stably. */
    public static NDArray logsumexp(NDArray x, int axis) {
        return Kernels.logsumexp(x, axis);
    }

    /**
     * DeZero's {@code numerical_grad(f, x)}: for each element, {@code sum(f(x + eps) - f(x - eps)) / (2 eps)}
     * with {@code eps = 1e-4}; {@code f} gets a Variable and returns one.
     */
    public static NDArray numericalGrad(UnaryOperator<Variable> f, NDArray x) {
        double eps = 1e-4;
        double[] v = x.toArray();
        double[] grad = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            double saved = v[i];
            v[i] = saved + eps;
            NDArray y1 = f.apply(new Variable(NDArray.of(v, x.dtype(), x.shape()))).data;
            v[i] = saved - eps;
            NDArray y2 = f.apply(new Variable(NDArray.of(v, x.dtype(), x.shape()))).data;
            v[i] = saved;
            grad[i] = y1.sub(y2).sum().item() / (2 * eps);
        }
        return NDArray.of(grad, x.dtype(), x.shape());
    }

    /**
     * DeZero's {@code gradient_check(f, x, rtol=1e-4, atol=1e-5)}: backprop's gradient of {@code f} at
     * {@code x} (as float64) against {@link #numericalGrad}; prints DeZero's report when they differ.
     */
    public static boolean gradientCheck(UnaryOperator<Variable> f, NDArray x, double rtol, double atol) {
        NDArray x64 = x.astype(DType.FLOAT64);
        NDArray numGrad = numericalGrad(f, x64);
        Variable v = new Variable(x64);
        f.apply(v).backward();
        NDArray bpGrad = v.grad.data;
        if (!Arrays.equals(bpGrad.shape(), numGrad.shape())) {
            throw new AssertionError("backprop and numerical gradients have different shapes");
        }
        boolean ok = arrayAllclose(numGrad, bpGrad, rtol, atol);
        if (!ok) {
            System.out.println();
            System.out.println("========== FAILED (Gradient Check) ==========");
            System.out.println("Numerical Grad");
            System.out.println(" shape: " + Kernels.shapeText(numGrad.shape()));
            System.out.println(" values: " + head(numGrad) + " ...");
            System.out.println("Backprop Grad");
            System.out.println(" shape: " + Kernels.shapeText(bpGrad.shape()));
            System.out.println(" values: " + head(bpGrad) + " ...");
        }
        return ok;
    }

    /** {@link #gradientCheck(UnaryOperator, NDArray, double, double)} with DeZero's tolerances. */
    public static boolean gradientCheck(UnaryOperator<Variable> f, NDArray x) {
        return gradientCheck(f, x, 1e-4, 1e-5);
    }

    private static String head(NDArray a) {
        String s = a.reshape(a.size()).get(dezero.core.Index.slice(null, 10, null)).toString();
        return s.substring(1, s.length() - 1);
    }

    /** DeZero's {@code array_equal(a, b)}: same shape and elements (Variables compare their data). */
    public static boolean arrayEqual(Object a, Object b) {
        NDArray x = data(a);
        NDArray y = data(b);
        return Arrays.equals(x.shape(), y.shape()) && x.eq(y).logicalNot().sum().item() == 0;
    }

    /** DeZero's {@code array_allclose(a, b, rtol=1e-4, atol=1e-5)}: numpy's {@code allclose}. */
    public static boolean arrayAllclose(Object a, Object b, double rtol, double atol) {
        return data(a).allclose(data(b), rtol, atol);
    }

    /** {@link #arrayAllclose(Object, Object, double, double)} with DeZero's tolerances. */
    public static boolean arrayAllclose(Object a, Object b) {
        return arrayAllclose(a, b, 1e-4, 1e-5);
    }

    /** DeZero's {@code get_conv_outsize(input_size, kernel_size, stride, pad)}. */
    public static int getConvOutsize(int inputSize, int kernelSize, int stride, int pad) {
        return ConvArrays.convOutsize(inputSize, kernelSize, stride, pad);
    }

    /** DeZero's {@code get_deconv_outsize(size, k, s, p)}. */
    public static int getDeconvOutsize(int size, int k, int s, int p) {
        return ConvArrays.deconvOutsize(size, k, s, p);
    }

    /** DeZero's {@code pair(x)}: an int twice, or a pair as is. */
    public static int[] pair(int... x) {
        return ConvArrays.pair(x);
    }

    private static NDArray data(Object o) {
        return o instanceof Variable v ? v.data : Functions.asArray(o);
    }
}
