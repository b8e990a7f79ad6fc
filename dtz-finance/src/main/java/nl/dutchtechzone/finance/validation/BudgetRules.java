package nl.dutchtechzone.finance.validation;

import java.util.ArrayList;
import java.util.List;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;

/** The rules on a budget on its own. */
final class BudgetRules {

  private BudgetRules() {}

  static String path(Budget b) {
    return "budget[" + b.year() + "]";
  }

  static List<Violation> negativeAmounts(Budget b) {
    List<Violation> out = new ArrayList<>();
    for (BudgetLine l : b.lines()) {
      addNegativeAmounts(b, l, out);
    }
    return out;
  }

  /**
   * Adds the violations of one line of a budget: a negative planned amount, then a negative
   * amended amount.
   */
  static void addNegativeAmounts(Budget b, BudgetLine l, List<Violation> out) {
    // The path and messages are built only for a violation: most lines have none.
    if (l.planned().isNegative()) {
      out.add(V.negative(linePath(b, l) + ".planned", "DTZ-F001.budgetPlanned", l.planned(),
          l.id(), b.year()));
    }
    if (l.amended().isPresent() && l.amended().get().isNegative()) {
      Money a = l.amended().get();
      out.add(V.negative(linePath(b, l) + ".amended", "DTZ-F001.budgetAmended", a, l.id(),
          b.year()));
    }
  }

  private static String linePath(Budget b, BudgetLine l) {
    return path(b) + ".lines[" + l.id() + "]";
  }
}
