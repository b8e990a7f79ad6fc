package nl.dutchtechzone.finance.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.money.MoneyOverflowException;
import nl.dutchtechzone.finance.internal.Quantities;
import nl.dutchtechzone.finance.ledger.ChainBreak;
import nl.dutchtechzone.finance.ledger.RollForward;
import nl.dutchtechzone.finance.ledger.YearBalance;

/** The rules on the roll-forward of balances. */
final class ChainRules {

  private ChainRules() {}

  /**
   * F004 on one balance: the stated closing against carried forward + income − spending, or an
   * overflow violation if that is outside the range Money holds.
   */
  static List<Violation> identity(String path, YearBalance b) {
    Money expected;
    try {
      expected = b.expectedClosing();
    } catch (MoneyOverflowException e) {
      return List.of(V.overflow(RuleCodes.STATEMENT_IDENTITY, path,
          Quantities.of("closing", b.year())));
    }
    if (expected.equals(b.closing())) {
      return List.of();
    }
    return List.of(V.amounts(RuleCodes.STATEMENT_IDENTITY, Severity.ERROR, path, expected,
        b.closing(), RuleCodes.STATEMENT_IDENTITY, b.year(), b.closing(), b.carriedForward(),
        b.income(), b.spending(), expected));
  }

  static Violation chainBreak(String path, ChainBreak br) {
    if (br.isGap()) {
      return V.amounts(RuleCodes.ROLL_FORWARD_BREAK, Severity.ERROR, path, br.closing(),
          br.carriedForward(), "DTZ-F005.gap", br.fromYear(), br.toYear(), br.closing(),
          br.carriedForward());
    }
    Optional<Money> diff = V.difference(br.carriedForward(), br.closing());
    return diff.isPresent()
        ? V.amounts(RuleCodes.ROLL_FORWARD_BREAK, Severity.ERROR, path, br.closing(),
            br.carriedForward(), RuleCodes.ROLL_FORWARD_BREAK, br.fromYear(), br.toYear(),
            br.closing(), br.carriedForward(), diff.get())
        : V.amounts(RuleCodes.ROLL_FORWARD_BREAK, Severity.ERROR, path, br.closing(),
            br.carriedForward(), "DTZ-F005.farOff", br.fromYear(), br.toYear(), br.closing(),
            br.carriedForward());
  }

  static List<Violation> identities(RollForward r) {
    List<Violation> out = new ArrayList<>();
    for (YearBalance b : r.years()) {
      out.addAll(identity("balances[" + b.year() + "].closing", b));
    }
    return out;
  }

  static List<Violation> breaks(RollForward r) {
    List<Violation> out = new ArrayList<>();
    for (ChainBreak br : r.breaks()) {
      out.add(chainBreak("balances[" + br.toYear() + "].carriedForward", br));
    }
    return out;
  }
}
