package nl.dutchtechzone.finance.validation;

import static nl.dutchtechzone.finance.validation.V.en;
import static nl.dutchtechzone.finance.validation.V.nl;

import java.util.ArrayList;
import java.util.List;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.finance.ledger.ChainBreak;
import nl.dutchtechzone.finance.ledger.RollForward;
import nl.dutchtechzone.finance.ledger.YearBalance;

/** The rules on the roll-forward of balances. */
final class ChainRules {

  private ChainRules() {}

  static Violation identity(String path, YearBalance b) {
    Money expected = b.expectedClosing();
    return V.amounts(RuleCodes.STATEMENT_IDENTITY, Severity.ERROR, path, expected, b.closing(),
        "The closing balance of " + b.year() + " is " + en(b.closing()) + ", but carried forward "
            + en(b.carriedForward()) + " + income " + en(b.income()) + " - spending "
            + en(b.spending()) + " = " + en(expected),
        "Het eindsaldo van " + b.year() + " is " + nl(b.closing()) + ", maar doorgeschoven "
            + nl(b.carriedForward()) + " + inkomsten " + nl(b.income()) + " - uitgaven "
            + nl(b.spending()) + " = " + nl(expected));
  }

  static Violation chainBreak(String path, ChainBreak br) {
    if (br.isGap()) {
      return V.amounts(RuleCodes.ROLL_FORWARD_BREAK, Severity.ERROR, path, br.closing(),
          br.carriedForward(),
          "The chain of years is broken: no balance between " + br.fromYear() + " and "
              + br.toYear() + " (closing " + br.fromYear() + " " + en(br.closing())
              + ", carried forward into " + br.toYear() + " " + en(br.carriedForward()) + ")",
          "De reeks jaren is onderbroken: geen saldo tussen " + br.fromYear() + " en "
              + br.toYear() + " (eindsaldo " + br.fromYear() + " " + nl(br.closing())
              + ", doorgeschoven naar " + br.toYear() + " " + nl(br.carriedForward()) + ")");
    }
    return V.amounts(RuleCodes.ROLL_FORWARD_BREAK, Severity.ERROR, path, br.closing(),
        br.carriedForward(),
        "The closing balance of " + br.fromYear() + " is " + en(br.closing())
            + ", but " + br.toYear() + " carries forward " + en(br.carriedForward())
            + " (difference " + en(br.difference()) + ")",
        "Het eindsaldo van " + br.fromYear() + " is " + nl(br.closing()) + ", maar "
            + br.toYear() + " schuift " + nl(br.carriedForward()) + " door (verschil "
            + nl(br.difference()) + ")");
  }

  static List<Violation> identities(RollForward r) {
    List<Violation> out = new ArrayList<>();
    for (YearBalance b : r.inconsistentYears()) {
      out.add(identity("balances[" + b.year() + "].closing", b));
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
