package in.lumpsum.calc.montecarlo;

import org.apache.commons.math3.random.MersenneTwister;

/**
 * Standard normal deviates by the ziggurat method of Marsaglia and Tsang ("The Ziggurat Method for
 * Generating Random Variables", Journal of Statistical Software 5(8), 2000), with 128 layers, over
 * Commons Math's Mersenne Twister (MT19937), with the layer and the value drawn from separate bits.
 *
 * <p>Marsaglia and Tsang take the layer from the low 7 bits of the same 32-bit integer that they
 * scale into the value, so a value, divided by its layer's width, is an integer whose low 7 bits
 * are the layer's index: layer and value are correlated, and each layer reaches only 1 in 128 of
 * its values. Doornik ("An Improved Ziggurat Method to Generate Normal Random Samples", University
 * of Oxford, 2005) fixes it by drawing the value from a uniform and the layer from the low 7 bits
 * of a separate random integer; QuantLib's {@code ZigguratRng} likewise keeps the layer's bits
 * out of the value, which it takes from the leftmost 24 bits. Here each attempt still takes one
 * 32-bit draw: the layer is its bits 0 to 6, the value its bits 7 to 31 as a signed 25-bit
 * integer, sign included, times the layer's width. No bit serves both. A layer still has 2^25
 * values, as many as it really had before (the other 2^7 − 1 in 2^7 were never drawn); a 64-bit
 * draw (two MT19937 outputs) for 2^54 values cost half as much again on the Monte Carlo benchmark
 * for a resolution, 2^-24 of a layer's width (at most 2.2 × 10^-7 of a standard deviation), that no
 * monthly return needs.
 *
 * <p>About 99% of draws take one 32-bit integer, one table look-up, a comparison and a multiply;
 * the rest fall to the wedge or tail test. That is why it beats
 * {@code java.util.Random.nextGaussian()}, whose polar method spends a {@code StrictMath.log} and a
 * {@code StrictMath.sqrt} per pair and two atomic updates per uniform.
 *
 * <p>Deterministic: the same Mersenne Twister state gives the same deviates. Not thread-safe: each
 * block of paths owns one.
 */
final class Ziggurat {

  /** The start of the tail, r. */
  private static final double R = 3.442619855899;
  /** The area of each layer, v. */
  private static final double V = 9.91256303526217e-3;
  /** 2^24: a value is a signed 25-bit integer, from -2^24 to 2^24 − 1, times a layer's width. */
  private static final double M1 = 16777216.0;
  /** The draw's bits 0 to 6 choose the layer. */
  private static final int LAYER_MASK = 127;
  /** The draw's bits 7 to 31 are the value. */
  private static final int VALUE_SHIFT = 7;

  private static final long[] KN = new long[128];
  private static final double[] WN = new double[128];
  private static final double[] FN = new double[128];

  static {
    // Table set-up as in the paper's zigset: layer edges x_i from the tail inwards, each layer of
    // area V under f(x) = exp(-x²/2).
    double dn = R;
    double tn = dn;
    double q = V / Math.exp(-0.5 * dn * dn);
    KN[0] = (long) ((dn / q) * M1);
    KN[1] = 0;
    WN[0] = q / M1;
    WN[127] = dn / M1;
    FN[0] = 1.0;
    FN[127] = Math.exp(-0.5 * dn * dn);
    for (int i = 126; i >= 1; i--) {
      dn = Math.sqrt(-2.0 * Math.log(V / dn + Math.exp(-0.5 * dn * dn)));
      KN[i + 1] = (long) ((dn / tn) * M1);
      tn = dn;
      FN[i] = Math.exp(-0.5 * dn * dn);
      WN[i] = dn / M1;
    }
  }

  private final MersenneTwister random;

  Ziggurat(MersenneTwister random) {
    this.random = random;
  }

  /** The next standard normal deviate. */
  double next() {
    int bits = random.nextInt();
    int iz = bits & LAYER_MASK;
    // An arithmetic shift: the sign bit, 31, stays the value's sign, and |hz| is at most 2^24.
    int hz = bits >> VALUE_SHIFT;
    if (Math.abs(hz) < KN[iz]) {
      return hz * WN[iz];
    }
    return fix(hz, iz);
  }

  /** The wedge and tail of the paper's nfix. */
  private double fix(int hz, int iz) {
    while (true) {
      double x = hz * WN[iz];
      if (iz == 0) {
        double y;
        do {
          x = -Math.log(uniform()) / R;
          y = -Math.log(uniform());
        } while (y + y < x * x);
        return hz > 0 ? R + x : -R - x;
      }
      if (FN[iz] + uniform() * (FN[iz - 1] - FN[iz]) < Math.exp(-0.5 * x * x)) {
        return x;
      }
      int bits = random.nextInt();
      iz = bits & LAYER_MASK;
      hz = bits >> VALUE_SHIFT;
      if (Math.abs(hz) < KN[iz]) {
        return hz * WN[iz];
      }
    }
  }

  /** The width of one unit of the draw in layer {@code i}: a value is an integer times it. */
  static double width(int i) {
    return WN[i];
  }

  /** A uniform deviate in (0, 1]: never zero, so that its logarithm is finite. */
  private double uniform() {
    return 1.0 - random.nextDouble();
  }
}
