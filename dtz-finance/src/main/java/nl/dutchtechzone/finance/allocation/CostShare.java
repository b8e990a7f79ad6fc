package nl.dutchtechzone.finance.allocation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.InKindCapacity;
import nl.dutchtechzone.finance.internal.Quantities;
import org.immutables.value.Value;

/**
 * The result of cost sharing: each partner's part of each cost category, with in-kind capacity
 * reported next to it.
 *
 * <p>The parts of each category add up exactly to that category's costs, so the partners'
 * totals reconcile with the costs. In-kind capacity is never counted in any cash amount here;
 * {@link #inKindValueFor(String)} reports its estimated value apart.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CostShare {

  CostShare() {}

  /**
   * The costs shared, per category id, sorted by id.
   *
   * @return the costs
   */
  public abstract Map<String, Money> costs();

  /**
   * The parts, by category then partner id.
   *
   * @return the lines
   */
  public abstract List<CostShareLine> lines();

  /**
   * The in-kind capacity partners offer, reported apart from cash.
   *
   * @return the capacity, possibly empty
   */
  public abstract List<InKindCapacity> inKind();

  /**
   * A partner's part of a category.
   *
   * @param partnerId the partner id, not null
   * @param categoryId the category id, not null
   * @return the amount, zero if the partner has no part of it
   * @throws nl.dutchtechzone.core.money.MoneyOverflowException naming the total if it is outside
   *     the range Money holds
   */
  public Money amount(String partnerId, String categoryId) {
    requireNonNull(partnerId, "partnerId");
    requireNonNull(categoryId, "categoryId");
    return Money.sum(lines().stream()
        .filter(l -> l.partnerId().equals(partnerId) && l.categoryId().equals(categoryId))
        .map(CostShareLine::amount).collect(Collectors.toList()),
        Quantities.of("share.partnerCategory", partnerId, categoryId));
  }

  /**
   * A partner's cash total over all categories.
   *
   * @param partnerId the partner id, not null
   * @return the total, zero for an unknown partner
   * @throws nl.dutchtechzone.core.money.MoneyOverflowException naming the total if it is outside
   *     the range Money holds
   */
  public Money totalFor(String partnerId) {
    requireNonNull(partnerId, "partnerId");
    return Money.sum(lines().stream().filter(l -> l.partnerId().equals(partnerId))
        .map(CostShareLine::amount).collect(Collectors.toList()),
        Quantities.of("share.partner", partnerId));
  }

  /**
   * The parts of a category added up; equals the category's costs.
   *
   * @param categoryId the category id, not null
   * @return the total, zero for an unknown category
   * @throws nl.dutchtechzone.core.money.MoneyOverflowException naming the total if it is outside
   *     the range Money holds
   */
  public Money categoryTotal(String categoryId) {
    requireNonNull(categoryId, "categoryId");
    return Money.sum(lines().stream().filter(l -> l.categoryId().equals(categoryId))
        .map(CostShareLine::amount).collect(Collectors.toList()),
        Quantities.of("share.category", categoryId));
  }

  /**
   * All costs shared; equals the sum of the partners' totals.
   *
   * @return the total cash costs
   * @throws nl.dutchtechzone.core.money.MoneyOverflowException naming the total if it is outside
   *     the range Money holds
   */
  public Money total() {
    return Money.sum(costs().values(), Quantities.of("share.total"));
  }

  /**
   * The partners with a part.
   *
   * @return the partner ids, sorted
   */
  public Set<String> partnerIds() {
    return lines().stream().map(CostShareLine::partnerId)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * This result with in-kind capacity reported next to the cash.
   *
   * @param capacity the capacity, not null, no null elements
   * @return a new result; the cash amounts are unchanged
   */
  public CostShare withInKind(Collection<InKindCapacity> capacity) {
    requireNonNull(capacity, "capacity");
    return ImmutableCostShare.builder().from(this).inKind(capacity).build();
  }

  /**
   * The in-kind capacity a partner offers.
   *
   * @param partnerId the partner id, not null
   * @return the capacity, possibly empty
   */
  public List<InKindCapacity> inKindFor(String partnerId) {
    requireNonNull(partnerId, "partnerId");
    return inKind().stream().filter(c -> c.partnerId().filter(partnerId::equals).isPresent())
        .collect(Collectors.toList());
  }

  /**
   * The estimated value of a partner's in-kind capacity, never part of the cash totals.
   *
   * @param partnerId the partner id, not null
   * @return the sum of the estimated values given, zero if none
   * @throws nl.dutchtechzone.core.money.MoneyOverflowException naming the total if it is outside
   *     the range Money holds
   */
  public Money inKindValueFor(String partnerId) {
    return Money.sum(inKindFor(partnerId).stream().flatMap(c -> c.estimatedValue().stream())
        .collect(Collectors.toList()), Quantities.of("share.inKind", partnerId));
  }

  @Value.Check
  final void check() {
    for (Map.Entry<String, Money> e : costs().entrySet()) {
      Money parts = categoryTotal(e.getKey());
      checkArgument(parts.equals(e.getValue()),
          "CostShare.lines of category '%s' must add up to its costs %s, got %s", e.getKey(),
          e.getValue(), parts);
    }
    for (CostShareLine l : lines()) {
      checkArgument(costs().containsKey(l.categoryId()),
          "CostShare.lines refer to category '%s' without costs", l.categoryId());
    }
  }
}
