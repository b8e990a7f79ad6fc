package nl.dutchtechzone.finance.allocation;

import static java.util.Objects.requireNonNull;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import nl.dutchtechzone.core.money.Money;

/**
 * Shares an amount between partners by a key with the largest-remainder (Hamilton) method.
 *
 * <p>Each partner first gets the whole cents of its exact share, rounded towards zero; the cents
 * left over go one each to the partners with the largest remainders, ties broken by partner id in
 * ascending order. So:
 *
 * <ul>
 *   <li>the parts always sum exactly to the total;
 *   <li>each part is within one cent of its exact share;
 *   <li>a partner with weight zero gets zero;
 *   <li>a negative total is shared as the mirror image of the positive one;
 *   <li>the result does not depend on the order in which the key was given.
 * </ul>
 *
 * <p>The computation is exact (integer arithmetic on the weights' digits); no rounding mode is
 * involved. It works in {@code long}s when the total in cents times the largest weight fits in
 * one, and in {@code BigInteger}s otherwise, with the same result; the cents left over go to
 * their partners after a linear-time selection of the largest remainders rather than a sort. The
 * key's ids and weights are prepared once per key. This class is thread-safe.
 */
public final class LargestRemainder {

  /** Integers below this (2^53) are exact as {@code double}s. */
  private static final long EXACT_DOUBLE = 1L << 53;

  private LargestRemainder() {}

  /**
   * Shares an amount by a key.
   *
   * @param total the amount to share, not null, any sign
   * @param key the key, not null
   * @return the part of each partner of the key, in partner-id order; an unmodifiable map
   */
  public static Map<String, Money> allocate(Money total, AllocationKey key) {
    requireNonNull(total, "total");
    requireNonNull(key, "key");
    PreparedKey prepared = key.prepared();
    long cents = total.cents();
    long[] weights = prepared.longWeights();
    long[] parts;
    if (weights != null && cents != Long.MIN_VALUE
        && fitsBelow(Math.abs(cents), prepared.maxWeight(), Long.MAX_VALUE)) {
      parts = allocateLong(Math.abs(cents), weights, prepared.longSum(), prepared.maxWeight());
    } else {
      parts = allocateBig(BigInteger.valueOf(cents).abs(), prepared);
    }
    if (cents < 0) {
      for (int i = 0; i < parts.length; i++) {
        parts[i] = -parts[i];
      }
    }
    return new PartsMap(prepared.ids(), parts);
  }

  /** Whether {@code a × b} of two non-negative numbers is below a limit, without overflow. */
  private static boolean fitsBelow(long a, long b, long limit) {
    return b == 0 || a <= (limit - 1) / b;
  }

  /** The exact method when every product cents × weight fits in a {@code long}. */
  private static long[] allocateLong(long cents, long[] weights, long sum, long maxWeight) {
    int n = weights.length;
    long[] parts = new long[n];
    long[] remainders = new long[n];
    long given = 0;
    if (fitsBelow(cents, maxWeight, EXACT_DOUBLE)) {
      // Every product is exact as a double, so product × (1 / sum) is within a few units of
      // the quotient; the remainder then says which way to correct it, exactly.
      double inverse = 1.0 / sum;
      for (int i = 0; i < n; i++) {
        long product = cents * weights[i];
        long part = (long) (product * inverse);
        long remainder = product - part * sum;
        while (remainder < 0) {
          part--;
          remainder += sum;
        }
        while (remainder >= sum) {
          part++;
          remainder -= sum;
        }
        parts[i] = part;
        remainders[i] = remainder;
        given += part;
      }
    } else {
      for (int i = 0; i < n; i++) {
        long product = cents * weights[i];
        long part = product / sum;
        parts[i] = part;
        remainders[i] = product - part * sum;
        given += part;
      }
    }
    // Each remainder is below the sum, so fewer than n cents are left over.
    int left = (int) (cents - given);
    if (left > 0) {
      long threshold = Selection.select(remainders.clone(), n - left);
      int above = 0;
      for (int i = 0; i < n; i++) {
        if (remainders[i] > threshold) {
          parts[i]++;
          above++;
        }
      }
      // Of the partners whose remainder equals the threshold, the lowest ids get the rest.
      for (int i = 0, ties = left - above; ties > 0; i++) {
        if (remainders[i] == threshold) {
          parts[i]++;
          ties--;
        }
      }
    }
    return parts;
  }

  /** The exact method for any size of weights and total. */
  private static long[] allocateBig(BigInteger cents, PreparedKey prepared) {
    BigInteger[] weights = prepared.weights();
    BigInteger sum = prepared.sum();
    int n = weights.length;
    long[] parts = new long[n];
    BigInteger[] remainders = new BigInteger[n];
    long given = 0;
    for (int i = 0; i < n; i++) {
      BigInteger[] qr = cents.multiply(weights[i]).divideAndRemainder(sum);
      parts[i] = qr[0].longValueExact();
      remainders[i] = qr[1];
      given += parts[i];
    }
    long left = cents.longValueExact() - given;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    // Largest remainder first; ties by index, which is ascending partner id.
    Arrays.sort(order, Comparator.<Integer, BigInteger>comparing(i -> remainders[i]).reversed()
        .thenComparing(Comparator.naturalOrder()));
    for (int k = 0; k < left; k++) {
      parts[order[k]]++;
    }
    return parts;
  }
}
