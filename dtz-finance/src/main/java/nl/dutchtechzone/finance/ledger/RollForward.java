package nl.dutchtechzone.finance.ledger;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.dutchtechzone.core.report.FinancialStatement;
import org.immutables.value.Value;

/**
 * A chain of years: the closing of year N should be the carried forward of year N + 1.
 *
 * <p>{@link #breaks()} reports every place where it is not, with both figures, and every gap of
 * missing years.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RollForward {

  RollForward() {}

  /**
   * The years of the chain, sorted by year.
   *
   * @return the balances, years unique
   */
  public abstract List<YearBalance> years();

  /**
   * A chain of balances, in any order.
   *
   * @param balances the balances, not null, no null elements, years unique
   * @return the chain, sorted by year
   * @throws IllegalArgumentException naming a year that occurs twice
   */
  public static RollForward of(Collection<YearBalance> balances) {
    requireNonNull(balances, "balances");
    List<YearBalance> sorted = new ArrayList<>(balances);
    sorted.forEach(b -> requireNonNull(b, "balances element"));
    sorted.sort(Comparator.comparingInt(YearBalance::year));
    return ImmutableRollForward.builder().years(sorted).build();
  }

  /**
   * The chain of some financial statements, each rolled forward with {@link
   * YearBalance#of(FinancialStatement)}.
   *
   * @param statements the statements, not null, no null elements, years unique
   * @return the chain
   * @throws IllegalArgumentException naming a year that occurs twice
   */
  public static RollForward ofStatements(Collection<FinancialStatement> statements) {
    requireNonNull(statements, "statements");
    return of(statements.stream().map(YearBalance::of).collect(Collectors.toList()));
  }

  /**
   * The balance of a year.
   *
   * @param year the year
   * @return the balance, or empty if the chain has no such year
   */
  public Optional<YearBalance> year(int year) {
    return years().stream().filter(b -> b.year() == year).findFirst();
  }

  /**
   * Every break of the chain, in year order: a closing that differs from the next year's carried
   * forward, or missing years between two years.
   *
   * @return the breaks, empty if the chain is unbroken
   */
  public List<ChainBreak> breaks() {
    List<ChainBreak> breaks = new ArrayList<>();
    for (int i = 1; i < years().size(); i++) {
      YearBalance prev = years().get(i - 1);
      YearBalance next = years().get(i);
      if (next.year() != prev.year() + 1 || !prev.closing().equals(next.carriedForward())) {
        breaks.add(ChainBreak.of(prev.year(), next.year(), prev.closing(),
            next.carriedForward()));
      }
    }
    return breaks;
  }

  /**
   * The years whose stated closing differs from carried forward + income − spending.
   *
   * @return the inconsistent balances, in year order
   */
  public List<YearBalance> inconsistentYears() {
    return years().stream().filter(b -> !b.isConsistent()).collect(Collectors.toList());
  }

  /**
   * Whether every year adds up and the chain has no break.
   *
   * @return true if unbroken and consistent
   */
  public boolean isUnbroken() {
    return breaks().isEmpty() && inconsistentYears().isEmpty();
  }

  @Value.Check
  final void check() {
    Set<Integer> seen = new HashSet<>();
    for (YearBalance b : years()) {
      if (!seen.add(b.year())) {
        throw new IllegalArgumentException(
            "RollForward.years must be unique, but " + b.year() + " occurs more than once");
      }
    }
    for (int i = 1; i < years().size(); i++) {
      if (years().get(i).year() < years().get(i - 1).year()) {
        throw new IllegalArgumentException("RollForward.years must be sorted by year, got "
            + years().get(i - 1).year() + " before " + years().get(i).year());
      }
    }
  }
}
