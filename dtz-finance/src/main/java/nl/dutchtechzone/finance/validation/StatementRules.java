package nl.dutchtechzone.finance.validation;

import static nl.dutchtechzone.finance.validation.V.en;
import static nl.dutchtechzone.finance.validation.V.nl;

import java.util.ArrayList;
import java.util.List;
import nl.dutchtechzone.core.money.Money;
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
            "Income line '" + l.id() + "' of " + s.year(),
            "Inkomstenregel '" + l.id() + "' van " + s.year(), l.amount()));
      }
    }
    for (StatementLine l : s.spending()) {
      if (l.amount().isNegative()) {
        out.add(V.negative(path(s) + ".spending[" + l.id() + "].amount",
            "Spending line '" + l.id() + "' of " + s.year(),
            "Uitgavenregel '" + l.id() + "' van " + s.year(), l.amount()));
      }
    }
    if (s.statedSpendingTotal().isNegative()) {
      out.add(V.negative(path(s) + ".statedSpendingTotal",
          "The stated spending total of " + s.year(),
          "Het vermelde uitgaventotaal van " + s.year(), s.statedSpendingTotal()));
    }
    s.statedIncomeTotal().filter(Money::isNegative).ifPresent(t -> out.add(V.negative(
        path(s) + ".statedIncomeTotal", "The stated income total of " + s.year(),
        "Het vermelde inkomstentotaal van " + s.year(), t)));
    return out;
  }

  static List<Violation> spendingSum(FinancialStatement s) {
    Money sum = s.spendingSum();
    Money stated = s.statedSpendingTotal();
    if (sum.equals(stated)) {
      return List.of();
    }
    Money diff = sum.minus(stated);
    return List.of(V.amounts(RuleCodes.SPENDING_SUM_MISMATCH, Severity.ERROR,
        path(s) + ".spending", stated, sum,
        "The spending lines of " + s.year() + " add up to " + en(sum)
            + ", but the stated spending total is " + en(stated) + " (difference " + en(diff)
            + ")",
        "De uitgavenregels van " + s.year() + " tellen op tot " + nl(sum)
            + ", maar het vermelde uitgaventotaal is " + nl(stated) + " (verschil " + nl(diff)
            + ")"));
  }

  static List<Violation> incomeSum(FinancialStatement s) {
    if (s.statedIncomeTotal().isEmpty()) {
      return List.of();
    }
    Money sum = s.incomeSum();
    Money stated = s.statedIncomeTotal().get();
    if (sum.equals(stated)) {
      return List.of();
    }
    Money diff = sum.minus(stated);
    return List.of(V.amounts(RuleCodes.INCOME_SUM_MISMATCH, Severity.ERROR,
        path(s) + ".income", stated, sum,
        "The income lines of " + s.year() + " add up to " + en(sum)
            + ", but the stated income total is " + en(stated) + " (difference " + en(diff) + ")",
        "De inkomstenregels van " + s.year() + " tellen op tot " + nl(sum)
            + ", maar het vermelde inkomstentotaal is " + nl(stated) + " (verschil " + nl(diff)
            + ")"));
  }
}
