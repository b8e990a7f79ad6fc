package nl.dutchtechzone.finance.allocation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.ProgrammeOffice;
import nl.dutchtechzone.core.money.ExactSum;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.money.Quantity;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.StatementLine;
import nl.dutchtechzone.finance.internal.Quantities;

/**
 * Shares costs between partners: categories attributed wholly to one partner go to that partner,
 * every other category is shared by the key with the {@linkplain LargestRemainder
 * largest-remainder method}.
 *
 * <p>A typical agreement: "the charges are divided proportionally, taking into account that the
 * costs of housing and support of the programme office are borne by the host municipality";
 * {@link #forProgramme(Programme, AllocationKey, String)} attributes that category to the host of
 * the {@linkplain Programme#office() programme office}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CostSharing {

  private final AllocationKey key;
  private final Map<String, String> attributions;

  private CostSharing(AllocationKey key, Map<String, String> attributions) {
    this.key = key;
    this.attributions = Collections.unmodifiableMap(new TreeMap<>(attributions));
  }

  /**
   * Sharing by a key, with no category attributed.
   *
   * @param key the key, not null
   * @return the cost sharing
   */
  public static CostSharing of(AllocationKey key) {
    return new CostSharing(requireNonNull(key, "key"), Map.of());
  }

  /**
   * Sharing by a key, with the office's housing-and-support category attributed to the office's
   * host where the programme says the host bears those costs.
   *
   * @param programme the programme, not null
   * @param key the key, not null
   * @param officeCategoryId the id of the housing-and-support category, not null, such as {@code
   *     office-housing-and-support}
   * @return the cost sharing
   * @throws IllegalArgumentException if the category id is malformed
   */
  public static CostSharing forProgramme(Programme programme, AllocationKey key,
      String officeCategoryId) {
    requireNonNull(programme, "programme");
    Ids.check("officeCategoryId", officeCategoryId);
    CostSharing sharing = of(key);
    if (programme.office().map(ProgrammeOffice::hostBearsHousingAndSupport).orElse(false)) {
      sharing = sharing.attribute(officeCategoryId, programme.office().get().hostPartnerId());
    }
    return sharing;
  }

  /**
   * This sharing with one more category attributed wholly to one partner.
   *
   * @param categoryId the category id, not null
   * @param partnerId the partner that bears it, not null
   * @return a new cost sharing
   * @throws IllegalArgumentException if an id is malformed or the category is already
   *     attributed to another partner
   */
  public CostSharing attribute(String categoryId, String partnerId) {
    Ids.check("categoryId", categoryId);
    Ids.check("partnerId", partnerId);
    String existing = attributions.get(categoryId);
    checkArgument(existing == null || existing.equals(partnerId),
        "category '%s' is already attributed to '%s', cannot attribute it to '%s'", categoryId,
        existing, partnerId);
    Map<String, String> more = new TreeMap<>(attributions);
    more.put(categoryId, partnerId);
    return new CostSharing(key, more);
  }

  /**
   * The key.
   *
   * @return the key
   */
  public AllocationKey key() {
    return key;
  }

  /**
   * The attributed categories.
   *
   * @return the partner id per category id, sorted by category
   */
  public Map<String, String> attributions() {
    return attributions;
  }

  /**
   * Shares costs given per category.
   *
   * @param costsByCategory the costs per category id, not null, ids well-formed
   * @return the shares; each category's parts add up to its costs
   * @throws IllegalArgumentException if a category id is malformed
   */
  public CostShare share(Map<String, Money> costsByCategory) {
    requireNonNull(costsByCategory, "costsByCategory");
    Map<String, Money> costs = new TreeMap<>();
    costsByCategory.forEach((c, m) -> costs.put(Ids.check("costsByCategory key", c),
        requireNonNull(m, c)));
    List<CostShareLine> lines = new ArrayList<>();
    for (Map.Entry<String, Money> e : costs.entrySet()) {
      String partner = attributions.get(e.getKey());
      if (partner != null) {
        lines.add(CostShareLine.of(partner, e.getKey(), e.getValue(), true));
      } else {
        LargestRemainder.allocate(e.getValue(), key).forEach((p, m) ->
            lines.add(CostShareLine.of(p, e.getKey(), m, false)));
      }
    }
    return ImmutableCostShare.builder().costs(costs).lines(lines).build();
  }

  /**
   * Shares the spending of a financial statement, per category; a line without a category
   * counts under its own id.
   *
   * @param statement the statement, not null
   * @return the shares
   * @throws nl.dutchtechzone.core.money.MoneyOverflowException naming the category whose costs
   *     add up to more than Money holds
   */
  public CostShare share(FinancialStatement statement) {
    requireNonNull(statement, "statement");
    Map<String, ExactSum> costs = new TreeMap<>();
    for (StatementLine l : statement.spending()) {
      costs.computeIfAbsent(l.categoryId().orElse(l.id()), c -> new ExactSum()).add(l.amount());
    }
    return share(totals(costs, Quantities.of("costs.ofStatement", statement.year())));
  }

  /** The totals per category, each exact or an error naming the category. */
  private static Map<String, Money> totals(Map<String, ExactSum> sums, Quantity of) {
    Map<String, Money> costs = new TreeMap<>();
    sums.forEach((category, sum) -> costs.put(category,
        sum.total(Quantities.of("costs.category", category, of))));
    return costs;
  }

  /**
   * Shares the in-scope spending of a budget, at the current amounts, per category.
   *
   * @param budget the budget, not null
   * @return the shares
   * @throws nl.dutchtechzone.core.money.MoneyOverflowException naming the category whose costs
   *     add up to more than Money holds
   */
  public CostShare share(Budget budget) {
    requireNonNull(budget, "budget");
    Map<String, ExactSum> costs = new TreeMap<>();
    for (BudgetLine l : budget.spendingLines()) {
      costs.computeIfAbsent(l.categoryId(), c -> new ExactSum()).add(l.current());
    }
    return share(totals(costs, Quantities.of("costs.ofBudget", budget.year())));
  }
}
