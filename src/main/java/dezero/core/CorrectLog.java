package dezero.core;

/**
 * The natural logarithm correctly rounded (to nearest double), as glibc's {@code log} returns it
 * and numpy's legacy normal sampler uses it. {@code Math.log} is within 1 ulp but rounds the
 * other way for about 1 input in 2,500, which would change a random draw now and then.
 *
 * <p>{@code x = m * 2^k} with {@code m} in [sqrt(1/2), sqrt(2)); {@code log(m) = 2 atanh(s)},
 * {@code s = (m-1)/(m+1)}, summed in double-double arithmetic to about 2^-75 relative error,
 * then rounded once.
 */
final class CorrectLog {
    private static final double LN2_HI = 0.6931471805599453;
    private static final double LN2_LO = 2.3190468138462996e-17;

    private CorrectLog() {}

    /** {@code log(x)} for a positive normal finite {@code x}; other inputs go to {@code Math.log}. */
    static double log(double x) {
        if (!(x >= Double.MIN_NORMAL) || x == Double.POSITIVE_INFINITY) {
            return Math.log(x);
        }
        int k = Math.getExponent(x);
        double m = Math.scalb(x, -k);
        if (m > 1.4142135623730951) {
            m *= 0.5;
            k++;
        }
        // s = (m - 1) / (m + 1) in double-double; m - 1 is exact (Sterbenz).
        double num = m - 1.0;
        double denHi = m + 1.0;
        double denLo = (m - (denHi - 1.0)) + (1.0 - (denHi - (denHi - 1.0)));
        double sHi = num / denHi;
        double sLo = (Math.fma(-sHi, denHi, num) - sHi * denLo) / denHi;
        // z = s^2
        double zHi = sHi * sHi;
        double zLo = Math.fma(sHi, sHi, -zHi) + 2 * sHi * sLo;
        // z/3 and z^2/5 in double-double, the rest of the series in double.
        double aHi = zHi / 3;
        double aLo = (Math.fma(-aHi, 3, zHi) + zLo) / 3;
        double z2Hi = zHi * zHi;
        double z2Lo = Math.fma(zHi, zHi, -z2Hi) + 2 * zHi * zLo;
        double bHi = z2Hi / 5;
        double bLo = (Math.fma(-bHi, 5, z2Hi) + z2Lo) / 5;
        double z = zHi;
        double tail = 1.0 / 25;
        for (int n = 11; n >= 3; n--) {
            tail = tail * z + 1.0 / (2 * n + 1);
        }
        tail *= z2Hi * z;
        // p = 1 + a + b + tail
        double pHi = 1.0 + aHi;
        double pLo = (1.0 - pHi) + aHi + aLo;
        double t = pHi + bHi;
        pLo += (pHi - t) + bHi + bLo + tail;
        pHi = t;
        t = pHi + pLo;
        pLo = pLo - (t - pHi);
        pHi = t;
        // log(m) = 2 s p
        double lHi = 2 * sHi * pHi;
        double lLo = 2 * (Math.fma(sHi, pHi, -sHi * pHi) + sHi * pLo + sLo * pHi);
        // + k ln 2
        double kHi = k * LN2_HI;
        double kLo = Math.fma(k, LN2_HI, -kHi) + k * LN2_LO;
        double sum = kHi + lHi;
        double err = Math.abs(kHi) >= Math.abs(lHi) ? (kHi - sum) + lHi : (lHi - sum) + kHi;
        return sum + (err + kLo + lLo);
    }
}
