package nl.dutchtechzone.finance.allocation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.finance.contribution.ContributionLine;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import org.immutables.value.Value;

/**
 * The weights by which an amount is shared between partners: inhabitants by default, any
 * non-negative weights otherwise.
 *
 * <p>A key has at least one partner and at least one positive weight; a partner with weight zero
 * gets nothing.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AllocationKey {

  AllocationKey() {}

  /**
   * The weight of each partner, sorted by partner id.
   *
   * @return the weights, not negative, not all zero
   */
  public abstract Map<String, BigDecimal> weights();

  /**
   * The sum of the weights.
   *
   * @return the total weight, positive
   */
  public BigDecimal totalWeight() {
    return weights().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * A key of any weights.
   *
   * @param weights the weight per partner id, not null, not empty, not negative, not all zero
   * @return the key
   * @throws IllegalArgumentException if the map is empty, an id is malformed, a weight is
   *     negative, or every weight is zero
   */
  public static AllocationKey of(Map<String, BigDecimal> weights) {
    requireNonNull(weights, "weights");
    return ImmutableAllocationKey.builder().weights(new TreeMap<>(weights)).build();
  }

  /**
   * A key of whole-number weights, such as inhabitants.
   *
   * @param counts the count per partner id, not null, not empty, not negative, not all zero
   * @return the key
   * @throws IllegalArgumentException if the map is empty, an id is malformed, a count is
   *     negative, or every count is zero
   */
  public static AllocationKey ofCounts(Map<String, Long> counts) {
    requireNonNull(counts, "counts");
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    counts.forEach((id, n) -> weights.put(id, BigDecimal.valueOf(requireNonNull(n, id))));
    return of(weights);
  }

  /**
   * A key that shares equally between partners.
   *
   * @param partnerIds the partner ids, not null, not empty
   * @return the key
   * @throws IllegalArgumentException if there are no ids or an id is malformed
   */
  public static AllocationKey equal(Collection<String> partnerIds) {
    requireNonNull(partnerIds, "partnerIds");
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    partnerIds.forEach(id -> weights.put(requireNonNull(id, "partnerIds element"),
        BigDecimal.ONE));
    return of(weights);
  }

  /**
   * The default key: the inhabitants of each paying municipality on a contribution statement.
   *
   * @param statement the statement, not null, with at least one line, partner ids unique
   * @return the key
   * @throws IllegalArgumentException if the statement has no lines, a partner occurs twice, or
   *     every municipality has zero inhabitants
   */
  public static AllocationKey byInhabitants(ContributionStatement statement) {
    requireNonNull(statement, "statement");
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    for (ContributionLine l : statement.lines()) {
      checkArgument(weights.put(l.partnerId(), BigDecimal.valueOf(l.inhabitants())) == null,
          "contribution statement for %s has more than one line for partner '%s'",
          statement.year(), l.partnerId());
    }
    return of(weights);
  }

  /**
   * The key in the form {@link LargestRemainder} computes with, worked out once per key: the ids
   * in ascending order with their weights as whole numbers at one common scale. Not part of the
   * key's value (equality, hash code and string form ignore it).
   *
   * @return the prepared key
   */
  @Value.Lazy
  PreparedKey prepared() {
    return PreparedKey.of(weights());
  }

  @Value.Check
  final void check() {
    checkArgument(!weights().isEmpty(), "AllocationKey.weights must not be empty");
    weights().forEach((id, w) -> {
      Ids.check("AllocationKey.weights key", id);
      if (w.signum() < 0) {
        throw new IllegalArgumentException("AllocationKey.weights of '" + id
            + "' must not be negative, got " + w.toPlainString());
      }
    });
    checkArgument(totalWeight().signum() > 0,
        "AllocationKey.weights must not all be zero, got %s", weights().keySet());
  }
}
