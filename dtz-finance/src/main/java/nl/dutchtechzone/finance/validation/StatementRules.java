package nl.dutchtechzone.finance.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.money.MoneyOverflowException;
import nl.dutchtechzone.core.money.Quantity;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.StatementLine;

/** The rules on a financial statement on its own. */
final class StatementRules {

  private StatementRules() {}

  static String path(FinancialStatement s) {
    return "statement[" + s.year() + "]";
  }

  static List<Violation> negativeAmounts(FinancialStatement s) {
    List<Violation> out = new ArrayList<>();
    for (StatementLine l : s.income()) {
      if (l.amount().isNegative()) {
        out.add(V.negative(path(s) + ".income[" + l.id() + "].amount",
            "DTZ-F001.statementIncomeLine", l.amount(), l.id(), s.year()));
      }
    }
    for (StatementLine l : s.spending()) {
      if (l.amount().isNegative()) {
        out.add(V.negative(path(s) + ".spending[" + l.id() + "].amount",
            "DTZ-F001.statementSpendingLine", l.amount(), l.id(), s.year()));
      }
    }
    if (s.statedSpendingTotal().isNegative()) {
      out.add(V.negative(path(s) + ".statedSpendingTotal", "DTZ-F001.statedSpendingTotal",
          s.statedSpendingTotal(), s.year()));
    }
    s.statedIncomeTotal().filter(Money::isNegative).ifPresent(t -> out.add(V.negative(
        path(s) + ".statedIncomeTotal", "DTZ-F001.statedIncomeTotal", t, s.year())));
    return out;
  }

  /** The spending lines added up, or empty if the sum is outside the range Money holds. */
  static Optional<Money> spending(FinancialStatement s) {
    try {
      return Optional.of(s.spendingSum());
    } catch (MoneyOverflowException e) {
      return Optional.empty();
    }
  }

  /** The income lines added up, or empty if the sum is outside the range Money holds. */
  static Optional<Money> income(FinancialStatement s) {
    try {
      return Optional.of(s.incomeSum());
    } catch (MoneyOverflowException e) {
      return Optional.empty();
    }
  }

  static List<Violation> spendingSum(FinancialStatement s) {
    String path = path(s) + ".spending";
    Optional<Money> sum = spending(s);
    if (sum.isEmpty()) {
      return List.of(V.overflow(RuleCodes.SPENDING_SUM_MISMATCH, path,
          Quantity.of(Money.class, "statement.spending", s.year())));
    }
    return mismatch(RuleCodes.SPENDING_SUM_MISMATCH, path, s.year(), sum.get(),
        s.statedSpendingTotal());
  }

  static List<Violation> incomeSum(FinancialStatement s) {
    if (s.statedIncomeTotal().isEmpty()) {
      return List.of();
    }
    String path = path(s) + ".income";
    Optional<Money> sum = income(s);
    if (sum.isEmpty()) {
      return List.of(V.overflow(RuleCodes.INCOME_SUM_MISMATCH, path,
          Quantity.of(Money.class, "statement.income", s.year())));
    }
    return mismatch(RuleCodes.INCOME_SUM_MISMATCH, path, s.year(), sum.get(),
        s.statedIncomeTotal().get());
  }

  /** F002/F003: the lines' sum (actual) against the stated total (expected). */
  private static List<Violation> mismatch(String code, String path, int year, Money sum,
      Money stated) {
    if (sum.equals(stated)) {
      return List.of();
    }
    Optional<Money> diff = V.difference(sum, stated);
    return List.of(diff.isPresent()
        ? V.amounts(code, Severity.ERROR, path, stated, sum, code, year, sum, stated, diff.get())
        : V.amounts(code, Severity.ERROR, path, stated, sum, code + ".farOff", year, sum,
            stated));
  }
}
