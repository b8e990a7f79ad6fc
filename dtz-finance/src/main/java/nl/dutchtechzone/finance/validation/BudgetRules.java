package nl.dutchtechzone.finance.validation;

import java.util.ArrayList;
import java.util.List;
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
      String line = path(b) + ".lines[" + l.id() + "]";
      if (l.planned().isNegative()) {
        out.add(V.negative(line + ".planned",
            "The planned amount of budget line '" + l.id() + "' of " + b.year(),
            "Het begrote bedrag van begrotingsregel '" + l.id() + "' van " + b.year(),
            l.planned()));
      }
      l.amended().filter(a -> a.isNegative()).ifPresent(a -> out.add(V.negative(
          line + ".amended",
          "The amended amount of budget line '" + l.id() + "' of " + b.year(),
          "Het gewijzigde bedrag van begrotingsregel '" + l.id() + "' van " + b.year(), a)));
    }
    return out;
  }
}
