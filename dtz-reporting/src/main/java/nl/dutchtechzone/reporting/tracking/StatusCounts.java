package nl.dutchtechzone.reporting.tracking;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How many actions have each status, and how many have evidence.
 *
 * <p>Every status is present in {@link #byStatus()}, zero where no action has it, so the counts
 * always add up to {@link #total()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StatusCounts {

  StatusCounts() {}

  /**
   * The number of actions per status, every status present, in declaration order.
   *
   * @return the counts
   */
  public abstract Map<ActionStatus, Integer> byStatus();

  /**
   * The number of actions with at least one linked report item.
   *
   * @return the count with evidence
   */
  public abstract int withEvidence();

  /**
   * Counts the statuses and the evidence of some actions.
   *
   * @param actions the actions, not null
   * @return the counts
   */
  public static StatusCounts of(Collection<TrackedAction> actions) {
    requireNonNull(actions, "actions");
    int[] counts = new int[ActionStatus.values().length];
    int evidenced = 0;
    for (TrackedAction a : actions) {
      counts[a.status().ordinal()]++;
      if (a.hasEvidence()) {
        evidenced++;
      }
    }
    Map<ActionStatus, Integer> byStatus = new EnumMap<>(ActionStatus.class);
    for (ActionStatus s : ActionStatus.values()) {
      byStatus.put(s, counts[s.ordinal()]);
    }
    return ImmutableStatusCounts.builder().byStatus(byStatus).withEvidence(evidenced).build();
  }

  /**
   * The number of actions with a status.
   *
   * @param status the status, not null
   * @return the count
   */
  public int count(ActionStatus status) {
    return byStatus().get(requireNonNull(status, "status"));
  }

  /**
   * The number of actions counted.
   *
   * @return the sum of the counts per status
   */
  public int total() {
    return byStatus().values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * The share of actions with evidence, as a percentage half-up to two decimals.
   *
   * @return the percentage, or empty if no actions were counted
   */
  public Optional<BigDecimal> shareWithEvidencePercent() {
    int total = total();
    if (total == 0) {
      return Optional.empty();
    }
    return Optional.of(BigDecimal.valueOf(withEvidence()).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP));
  }

  @Value.Check
  final void check() {
    for (ActionStatus s : ActionStatus.values()) {
      checkArgument(byStatus().containsKey(s), "StatusCounts.byStatus must hold every status, "
          + "missing %s", s);
      checkArgument(byStatus().get(s) >= 0, "StatusCounts.byStatus[%s] must not be negative, "
          + "got %s", s, byStatus().get(s));
    }
    checkArgument(withEvidence() >= 0 && withEvidence() <= total(),
        "StatusCounts.withEvidence must lie between 0 and the total %s, got %s", total(),
        withEvidence());
  }
}
