package nl.dutchtechzone.finance.allocation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * An allocation key as arrays: partner ids in ascending order and each weight scaled to a whole
 * number at the key's largest scale (so 0.5 and 1.25 become 50 and 125), which leaves every
 * share's proportion exactly as it was. When all these whole weights and their sum fit in a
 * {@code long}, {@link #longWeights()} holds them for the fast path of {@link LargestRemainder};
 * otherwise it is null and only the {@code BigInteger} form is used.
 *
 * <p>Instances never change after construction and do not expose their arrays outside this
 * package.
 */
final class PreparedKey {

  private final String[] ids;
  private final BigInteger[] weights;
  private final BigInteger sum;
  private final long @Nullable [] longWeights;
  private final long longSum;
  private final long maxWeight;

  private PreparedKey(String[] ids, BigInteger[] weights, BigInteger sum, long @Nullable [] longWeights,
      long longSum, long maxWeight) {
    this.ids = ids;
    this.weights = weights;
    this.sum = sum;
    this.longWeights = longWeights;
    this.longSum = longSum;
    this.maxWeight = maxWeight;
  }

  static PreparedKey of(Map<String, BigDecimal> weightsById) {
    TreeMap<String, BigDecimal> sorted = new TreeMap<>(weightsById);
    int scale = 0;
    for (BigDecimal w : sorted.values()) {
      scale = Math.max(scale, w.scale());
    }
    int n = sorted.size();
    String[] ids = new String[n];
    BigInteger[] weights = new BigInteger[n];
    BigInteger sum = BigInteger.ZERO;
    int i = 0;
    for (Map.Entry<String, BigDecimal> e : sorted.entrySet()) {
      ids[i] = e.getKey();
      weights[i] = e.getValue().setScale(scale).unscaledValue();
      sum = sum.add(weights[i]);
      i++;
    }
    if (sum.bitLength() >= Long.SIZE) {
      return new PreparedKey(ids, weights, sum, null, 0, 0);
    }
    long[] longWeights = new long[n];
    long max = 0;
    for (int k = 0; k < n; k++) {
      longWeights[k] = weights[k].longValueExact();
      max = Math.max(max, longWeights[k]);
    }
    return new PreparedKey(ids, weights, sum, longWeights, sum.longValueExact(), max);
  }

  /** The partner ids in ascending order; shared, never to be modified. */
  String[] ids() {
    return ids;
  }

  /** The whole-number weights in id order; shared, never to be modified. */
  BigInteger[] weights() {
    return weights;
  }

  /** The sum of {@link #weights()}, positive. */
  BigInteger sum() {
    return sum;
  }

  /**
   * The whole-number weights as {@code long}s in id order, or null if their sum does not fit in
   * a {@code long}; shared, never to be modified.
   */
  long @Nullable [] longWeights() {
    return longWeights;
  }

  /** The sum of {@link #longWeights()}; meaningless when those are null. */
  long longSum() {
    return longSum;
  }

  /** The largest of {@link #longWeights()}; meaningless when those are null. */
  long maxWeight() {
    return maxWeight;
  }
}
