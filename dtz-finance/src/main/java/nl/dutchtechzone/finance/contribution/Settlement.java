package nl.dutchtechzone.finance.contribution;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.finance.internal.Quantities;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The settlement of a year's contributions: from an earlier statement (the estimate) and a later
 * one (the final statement, or a revised estimate), what each municipality still owes or gets
 * back.
 *
 * <p>{@link #between} settles an estimate against the final statement; {@link #of} settles any
 * two statements of one year, as {@link ContributionHistory} does for each new vintage of
 * inhabitant figures (estimate, revised estimate, final). A municipality on only one of the two
 * statements is settled against zero. The lines' differences always sum to the later total minus
 * the earlier total.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Settlement {

  Settlement() {}

  /**
   * The id of the programme.
   *
   * @return the programme id
   */
  public abstract String programmeId();

  /**
   * The year settled.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * The total of the earlier statement (the estimate).
   *
   * @return the estimated total
   */
  public abstract Money estimateTotal();

  /**
   * The total of the later statement (the final one, or a revised estimate).
   *
   * @return the settled total
   */
  public abstract Money finalTotal();

  /**
   * One line per municipality on either statement, sorted by partner id.
   *
   * @return the lines
   */
  public abstract List<SettlementLine> lines();

  /**
   * The sum of the lines' differences: final total minus estimate total.
   *
   * @return what the municipalities owe together (positive) or get back (negative)
   * @throws nl.dutchtechzone.core.money.MoneyOverflowException naming the settlement if the
   *     total is outside the range Money holds
   */
  public Money total() {
    return Money.sum(lines().stream().map(SettlementLine::difference)
        .collect(Collectors.toList()), Quantities.of("settlement.total", year()));
  }

  /**
   * Settles an estimate against the final statement of the same year.
   *
   * @param estimate the estimate statement, not null
   * @param finalStatement the final statement, not null, of status {@link BudgetStatus#FINAL}
   * @return the settlement
   * @throws IllegalArgumentException if the statements are for different programmes or years,
   *     if the final statement is not final, or if a statement has two lines for one partner
   */
  public static Settlement between(ContributionStatement estimate,
      ContributionStatement finalStatement) {
    requireNonNull(estimate, "estimate");
    requireNonNull(finalStatement, "finalStatement");
    checkArgument(estimate.programmeId().equals(finalStatement.programmeId()),
        "statements must be for the same programme, got '%s' and '%s'",
        estimate.programmeId(), finalStatement.programmeId());
    checkArgument(estimate.year() == finalStatement.year(),
        "statements must be for the same year, got estimate %s and final %s",
        estimate.year(), finalStatement.year());
    checkArgument(finalStatement.status() == BudgetStatus.FINAL,
        "finalStatement for %s must have status FINAL, got %s", finalStatement.year(),
        finalStatement.status());
    return settle(estimate, finalStatement, "estimate", "finalStatement");
  }

  /**
   * Settles an earlier statement of a year against a later one of the same year, whatever their
   * status: an estimate against a revised estimate, or a revised estimate against the final
   * statement.
   *
   * @param earlier the earlier statement, not null
   * @param later the later statement, not null
   * @return the settlement; its lines sum to the later total minus the earlier total
   * @throws IllegalArgumentException if the statements are for different programmes or years,
   *     or if a statement has two lines for one partner
   */
  public static Settlement of(ContributionStatement earlier, ContributionStatement later) {
    requireNonNull(earlier, "earlier");
    requireNonNull(later, "later");
    checkArgument(earlier.programmeId().equals(later.programmeId()),
        "statements must be for the same programme, got '%s' and '%s'",
        earlier.programmeId(), later.programmeId());
    checkArgument(earlier.year() == later.year(),
        "statements must be for the same year, got earlier %s and later %s",
        earlier.year(), later.year());
    return settle(earlier, later, "earlier", "later");
  }

  private static Settlement settle(ContributionStatement estimate,
      ContributionStatement finalStatement, String first, String second) {
    Map<String, ContributionLine> before = byPartner(estimate, first);
    Map<String, ContributionLine> after = byPartner(finalStatement, second);
    TreeMap<String, String> names = new TreeMap<>();
    before.forEach((id, l) -> names.put(id, l.name()));
    after.forEach((id, l) -> names.put(id, l.name()));
    List<SettlementLine> lines = new ArrayList<>();
    names.forEach((id, name) -> lines.add(SettlementLine.of(id, name,
        amountOf(before.get(id)), amountOf(after.get(id)))));
    return ImmutableSettlement.builder()
        .programmeId(estimate.programmeId())
        .year(estimate.year())
        .estimateTotal(estimate.total())
        .finalTotal(finalStatement.total())
        .lines(lines)
        .build();
  }

  private static Money amountOf(@Nullable ContributionLine line) {
    return line == null ? Money.ZERO : line.amount();
  }

  private static Map<String, ContributionLine> byPartner(ContributionStatement s, String which) {
    Map<String, ContributionLine> map = new TreeMap<>();
    for (ContributionLine l : s.lines()) {
      checkArgument(map.put(l.partnerId(), l) == null,
          "%s for %s has more than one line for partner '%s'", which, s.year(), l.partnerId());
    }
    return map;
  }
}
