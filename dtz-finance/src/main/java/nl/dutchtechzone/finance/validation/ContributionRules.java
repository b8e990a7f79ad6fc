package nl.dutchtechzone.finance.validation;

import static nl.dutchtechzone.finance.validation.V.en;
import static nl.dutchtechzone.finance.validation.V.nl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.finance.contribution.ContributionLine;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.contribution.FigureStatus;
import nl.dutchtechzone.finance.contribution.InhabitantFigure;
import nl.dutchtechzone.finance.contribution.InhabitantRegister;

/** The rules on a contribution statement on its own, or with a register. */
final class ContributionRules {

  private ContributionRules() {}

  static String path(ContributionStatement c) {
    return "contributions[" + c.year() + "]";
  }

  static String path(ContributionStatement c, ContributionLine l) {
    return path(c) + ".lines[" + l.partnerId() + "]";
  }

  static List<Violation> negativeAmounts(ContributionStatement c) {
    List<Violation> out = new ArrayList<>();
    for (ContributionLine l : c.lines()) {
      if (l.amount().isNegative()) {
        out.add(V.negative(path(c, l) + ".amount",
            "The contribution of " + l.name() + " for " + c.year(),
            "De bijdrage van " + l.name() + " voor " + c.year(), l.amount()));
      }
    }
    return out;
  }

  static Money owed(ContributionStatement c, ContributionLine l) {
    return Money.of(l.rate().multiply(BigDecimal.valueOf(l.inhabitants())), c.rounding());
  }

  static List<Violation> amounts(ContributionStatement c) {
    List<Violation> out = new ArrayList<>();
    for (ContributionLine l : c.lines()) {
      Money expected = owed(c, l);
      if (!expected.equals(l.amount())) {
        String rate = l.rate().toPlainString();
        out.add(V.amounts(RuleCodes.CONTRIBUTION_AMOUNT, Severity.ERROR, path(c, l) + ".amount",
            expected, l.amount(),
            "The contribution of " + l.name() + " for " + c.year() + " is " + en(l.amount())
                + ", but rate " + rate + " x " + l.inhabitants() + " inhabitants, rounded "
                + c.rounding() + ", is " + en(expected),
            "De bijdrage van " + l.name() + " voor " + c.year() + " is " + nl(l.amount())
                + ", maar tarief " + rate.replace('.', ',') + " x " + l.inhabitants()
                + " inwoners, afgerond " + c.rounding() + ", is " + nl(expected)));
      }
    }
    return out;
  }

  static List<Violation> status(ContributionStatement c) {
    long provisional = c.lines().stream()
        .filter(l -> !l.figureStatus().isFinal()).count();
    if (c.status() == BudgetStatus.FINAL && provisional > 0) {
      return List.of(V.of(RuleCodes.CONTRIBUTION_STATUS, Severity.ERROR, path(c) + ".status",
          "The contribution statement for " + c.year() + " is final, but " + provisional
              + " of its inhabitant figures are provisional",
          "De bijdrageopgave voor " + c.year() + " is definitief, maar " + provisional
              + " van de inwonertallen zijn voorlopig"));
    }
    if (c.status() == BudgetStatus.ESTIMATE && provisional == 0 && !c.lines().isEmpty()) {
      return List.of(V.of(RuleCodes.CONTRIBUTION_STATUS, Severity.WARNING, path(c) + ".status",
          "The contribution statement for " + c.year() + " is an estimate, but all its "
              + "inhabitant figures are final",
          "De bijdrageopgave voor " + c.year() + " is een schatting, maar alle inwonertallen "
              + "zijn definitief"));
    }
    return List.of();
  }

  static List<Violation> duplicates(ContributionStatement c) {
    List<Violation> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Set<String> codes = new HashSet<>();
    for (ContributionLine l : c.lines()) {
      if (!ids.add(l.partnerId())) {
        out.add(V.of(RuleCodes.DUPLICATE_ID, Severity.ERROR, path(c, l) + ".partnerId",
            "Partner '" + l.partnerId() + "' has more than one contribution line for "
                + c.year(),
            "Partner '" + l.partnerId() + "' heeft meer dan een bijdrageregel voor " + c.year()));
      } else if (!codes.add(l.cbsCode().value())) {
        out.add(V.of(RuleCodes.DUPLICATE_ID, Severity.ERROR, path(c, l) + ".cbsCode",
            "CBS code " + l.cbsCode() + " occurs on more than one contribution line for "
                + c.year(),
            "CBS-code " + l.cbsCode() + " staat op meer dan een bijdrageregel voor "
                + c.year()));
      }
    }
    return out;
  }

  static List<Violation> periods(ContributionStatement c) {
    List<Violation> out = new ArrayList<>();
    if (c.referenceDate().getYear() != c.year()) {
      out.add(V.of(RuleCodes.PERIOD_MISMATCH, Severity.ERROR, path(c) + ".referenceDate",
          "The contribution statement for " + c.year() + " has reference date "
              + c.referenceDate() + " in another year",
          "De bijdrageopgave voor " + c.year() + " heeft peildatum " + c.referenceDate()
              + " in een ander jaar"));
    }
    for (ContributionLine l : c.lines()) {
      if (!l.referenceDate().equals(c.referenceDate())) {
        out.add(V.of(RuleCodes.PERIOD_MISMATCH, Severity.ERROR, path(c, l) + ".referenceDate",
            "The inhabitants of " + l.name() + " are counted on " + l.referenceDate()
                + ", but the statement's reference date is " + c.referenceDate(),
            "De inwoners van " + l.name() + " zijn geteld op " + l.referenceDate()
                + ", maar de peildatum van de opgave is " + c.referenceDate()));
      }
    }
    return out;
  }

  static List<Violation> estimateWhereFinal(ContributionStatement c,
      Optional<InhabitantRegister> register) {
    if (register.isEmpty()) {
      return List.of();
    }
    List<Violation> out = new ArrayList<>();
    for (ContributionLine l : c.lines()) {
      if (l.figureStatus().isFinal()) {
        continue;
      }
      Optional<InhabitantFigure> fin =
          register.get().figure(l.cbsCode(), l.referenceDate(), FigureStatus.FINAL);
      if (fin.isPresent()) {
        long n = fin.get().inhabitants();
        Money expected = Money.of(l.rate().multiply(BigDecimal.valueOf(n)), c.rounding());
        out.add(V.amounts(RuleCodes.ESTIMATE_WHERE_FINAL_EXISTS, Severity.ERROR,
            path(c, l) + ".figureStatus", expected, l.amount(),
            "The contribution of " + l.name() + " for " + c.year() + " uses a provisional "
                + "figure (" + l.inhabitants() + " inhabitants), but a final figure exists ("
                + n + " inhabitants, " + fin.get().source() + "): " + en(expected)
                + " instead of " + en(l.amount()),
            "De bijdrage van " + l.name() + " voor " + c.year() + " gebruikt een voorlopig "
                + "inwonertal (" + l.inhabitants() + "), maar er is een definitief inwonertal ("
                + n + ", " + fin.get().source() + "): " + nl(expected) + " in plaats van "
                + nl(l.amount())));
      }
    }
    return out;
  }
}
