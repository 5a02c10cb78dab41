package nl.wijkdeal.tally;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact fraction. The Method of Equal Shares starts every voter with budget / n, which is rarely a
 * terminating decimal, and its outcome turns on exact equalities (ties), so every value that decides
 * something is a {@code Rational}; doubles never decide.
 *
 * <p>Comparisons first look at a cached double approximation and fall back to exact BigInteger
 * arithmetic whenever the two doubles are too close to be sure (relative gap under 1e-9, far above
 * the approximation error of about 1e-15), so the result is always exact.
 */
final class Rational implements Comparable<Rational> {

    static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
    static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

    private static final double SURE = 1e-9;

    private final BigInteger num;
    private final BigInteger den;
    private double approx = Double.NaN;

    private Rational(BigInteger num, BigInteger den) {
        this.num = num;
        this.den = den;
    }

    static Rational of(long value) {
        return value == 0 ? ZERO : new Rational(BigInteger.valueOf(value), BigInteger.ONE);
    }

    static Rational of(BigInteger num, BigInteger den) {
        if (den.signum() == 0) {
            throw new ArithmeticException("deling door nul");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        if (num.signum() == 0) {
            return ZERO;
        }
        BigInteger g = num.gcd(den);
        if (!g.equals(BigInteger.ONE)) {
            num = num.divide(g);
            den = den.divide(g);
        }
        return new Rational(num, den);
    }

    static Rational of(long num, long den) {
        return of(BigInteger.valueOf(num), BigInteger.valueOf(den));
    }

    BigInteger numerator() {
        return num;
    }

    BigInteger denominator() {
        return den;
    }

    int signum() {
        return num.signum();
    }

    boolean isZero() {
        return num.signum() == 0;
    }

    Rational add(Rational o) {
        if (o.isZero()) {
            return this;
        }
        if (isZero()) {
            return o;
        }
        if (den.equals(o.den)) {
            return of(num.add(o.num), den);
        }
        return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    Rational subtract(Rational o) {
        return add(o.negate());
    }

    Rational negate() {
        return isZero() ? this : new Rational(num.negate(), den);
    }

    Rational multiply(long k) {
        if (k == 1 || isZero()) {
            return this;
        }
        if (k == 0) {
            return ZERO;
        }
        // num/den is reduced, so only k and den can share factors: a cheap long gcd instead of a big one
        long g = gcd(Math.abs(k), den.mod(BigInteger.valueOf(Math.abs(k))).longValue());
        BigInteger k2 = BigInteger.valueOf(k / g);
        return new Rational(num.multiply(k2), g == 1 ? den : den.divide(BigInteger.valueOf(g)));
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    Rational divide(long k) {
        return of(num, den.multiply(BigInteger.valueOf(k)));
    }

    /** Rounded down to {@code scale} decimals: never shows more money than there is. */
    BigDecimal floor(int scale) {
        return new BigDecimal(num).divide(new BigDecimal(den), scale, RoundingMode.FLOOR);
    }

    double approx() {
        double a = approx;
        if (Double.isNaN(a)) {
            // BigInteger.doubleValue overflows past 2^1024; such fractions take the slow exact-ish route
            a = Math.max(num.bitLength(), den.bitLength()) < 1000 ? num.doubleValue() / den.doubleValue()
                    : new BigDecimal(num).divide(new BigDecimal(den), MathContext.DECIMAL64).doubleValue();
            approx = a;
        }
        return a;
    }

    @Override
    public int compareTo(Rational o) {
        double a = approx();
        double b = o.approx();
        if (Math.abs(a - b) > SURE * (Math.abs(a) + Math.abs(b))) {
            return a < b ? -1 : 1;
        }
        if (den.equals(o.den)) {
            return num.compareTo(o.num);
        }
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rational r && num.equals(r.num) && den.equals(r.den);
    }

    @Override
    public int hashCode() {
        return num.hashCode() * 31 + den.hashCode();
    }

    @Override
    public String toString() {
        return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den;
    }
}
