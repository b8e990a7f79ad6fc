package nl.dutchtechzone.finance.allocation;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
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
 * involved. This class is thread-safe.
 */
public final class LargestRemainder {

  private LargestRemainder() {}

  /**
   * Shares an amount by a key.
   *
   * @param total the amount to share, not null, any sign
   * @param key the key, not null
   * @return the part of each partner of the key, in partner-id order
   */
  public static Map<String, Money> allocate(Money total, AllocationKey key) {
    requireNonNull(total, "total");
    requireNonNull(key, "key");
    int scale = 0;
    for (BigDecimal w : key.weights().values()) {
      scale = Math.max(scale, w.scale());
    }
    List<String> ids = new ArrayList<>(key.weights().keySet());
    Collections.sort(ids);
    BigInteger[] weights = new BigInteger[ids.size()];
    BigInteger sum = BigInteger.ZERO;
    for (int i = 0; i < ids.size(); i++) {
      weights[i] = key.weights().get(ids.get(i)).setScale(scale).unscaledValue();
      sum = sum.add(weights[i]);
    }
    BigInteger cents = BigInteger.valueOf(total.cents()).abs();
    long[] parts = new long[ids.size()];
    BigInteger[] remainders = new BigInteger[ids.size()];
    long given = 0;
    for (int i = 0; i < ids.size(); i++) {
      BigInteger[] qr = cents.multiply(weights[i]).divideAndRemainder(sum);
      parts[i] = qr[0].longValueExact();
      remainders[i] = qr[1];
      given += parts[i];
    }
    long left = cents.longValueExact() - given;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.<Integer, BigInteger>comparing(i -> remainders[i]).reversed()
        .thenComparing(ids::get));
    for (int k = 0; k < left; k++) {
      parts[order.get(k)]++;
    }
    Map<String, Money> result = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      result.put(ids.get(i), Money.ofCents(total.isNegative() ? -parts[i] : parts[i]));
    }
    return Collections.unmodifiableMap(result);
  }
}
