package nl.dutchtechzone.finance.validation;


import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.money.MoneyOverflowException;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.finance.contribution.ContributionLine;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.contribution.FigureStatus;
import nl.dutchtechzone.finance.contribution.InhabitantFigure;
import nl.dutchtechzone.finance.contribution.InhabitantRegister;
import nl.dutchtechzone.finance.internal.Quantities;

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
        out.add(V.negative(path(c, l) + ".amount", "DTZ-F001.contribution", l.amount(),
            l.name(), c.year()));
      }
    }
    return out;
  }

  /**
   * Rate × inhabitants of a line, rounded as the statement says.
   *
   * @throws MoneyOverflowException if the product is outside the range Money holds
   */
  static Money owed(ContributionStatement c, ContributionLine l) {
    return owed(c, l, l.inhabitants());
  }

  private static Money owed(ContributionStatement c, ContributionLine l, long inhabitants) {
    return Money.of(l.rate().multiply(BigDecimal.valueOf(inhabitants)), c.rounding());
  }

  static List<Violation> amounts(ContributionStatement c) {
    List<Violation> out = new ArrayList<>();
    for (ContributionLine l : c.lines()) {
      String path = path(c, l) + ".amount";
      Money expected;
      try {
        expected = owed(c, l);
      } catch (MoneyOverflowException e) {
        out.add(V.overflow(RuleCodes.CONTRIBUTION_AMOUNT, path,
            Quantities.of("contribution.line", l.name(), c.year(), l.rate(), l.inhabitants())));
        continue;
      }
      if (!expected.equals(l.amount())) {
        out.add(V.amounts(RuleCodes.CONTRIBUTION_AMOUNT, Severity.ERROR, path, expected,
            l.amount(), RuleCodes.CONTRIBUTION_AMOUNT, l.name(), c.year(), l.amount(), l.rate(),
            l.inhabitants(), c.rounding(), expected));
      }
    }
    return out;
  }

  static List<Violation> status(ContributionStatement c) {
    long provisional = c.lines().stream()
        .filter(l -> !l.figureStatus().isFinal()).count();
    if (c.status() == BudgetStatus.FINAL && provisional > 0) {
      return List.of(V.of(RuleCodes.CONTRIBUTION_STATUS, Severity.ERROR, path(c) + ".status",
          "DTZ-F007.finalWithProvisional", c.year(), provisional));
    }
    if (c.status() == BudgetStatus.ESTIMATE && provisional == 0 && !c.lines().isEmpty()) {
      return List.of(V.of(RuleCodes.CONTRIBUTION_STATUS, Severity.WARNING, path(c) + ".status",
          "DTZ-F007.estimateWithFinal", c.year()));
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
            "DTZ-F013.partner", l.partnerId(), c.year()));
      } else if (!codes.add(l.cbsCode().value())) {
        out.add(V.of(RuleCodes.DUPLICATE_ID, Severity.ERROR, path(c, l) + ".cbsCode",
            "DTZ-F013.cbsCode", l.cbsCode().value(), c.year()));
      }
    }
    return out;
  }

  static List<Violation> periods(ContributionStatement c) {
    List<Violation> out = new ArrayList<>();
    if (c.referenceDate().getYear() != c.year()) {
      out.add(V.of(RuleCodes.PERIOD_MISMATCH, Severity.ERROR, path(c) + ".referenceDate",
          "DTZ-F017.referenceDate", c.year(), c.referenceDate()));
    }
    for (ContributionLine l : c.lines()) {
      if (!l.referenceDate().equals(c.referenceDate())) {
        out.add(V.of(RuleCodes.PERIOD_MISMATCH, Severity.ERROR, path(c, l) + ".referenceDate",
            "DTZ-F017.lineReferenceDate", l.name(), l.referenceDate(), c.referenceDate()));
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
        String path = path(c, l) + ".figureStatus";
        Money expected;
        try {
          expected = owed(c, l, n);
        } catch (MoneyOverflowException e) {
          out.add(V.overflow(RuleCodes.ESTIMATE_WHERE_FINAL_EXISTS, path,
              Quantities.of("contribution.line", l.name(), c.year(), l.rate(), n)));
          continue;
        }
        out.add(V.amounts(RuleCodes.ESTIMATE_WHERE_FINAL_EXISTS, Severity.ERROR, path, expected,
            l.amount(), RuleCodes.ESTIMATE_WHERE_FINAL_EXISTS, l.name(), c.year(),
            l.inhabitants(), n, fin.get(), expected, l.amount()));
      }
    }
    return out;
  }
}
