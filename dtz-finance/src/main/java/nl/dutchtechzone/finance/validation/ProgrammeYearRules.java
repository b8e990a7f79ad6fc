package nl.dutchtechzone.finance.validation;

import static nl.dutchtechzone.finance.validation.V.en;
import static nl.dutchtechzone.finance.validation.V.nl;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.dutchtechzone.core.CostCategory;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.RelatedProgramme;
import nl.dutchtechzone.core.RelationKind;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.IncomeCategory;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.StatementLine;
import nl.dutchtechzone.finance.contribution.ContributionLine;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.ledger.ChainBreak;
import nl.dutchtechzone.finance.ledger.RollForward;
import nl.dutchtechzone.finance.ledger.YearBalance;

/**
 * The rules on a whole programme year.
 *
 * <p>The rules that read the lines of the budget take the {@link ValidationRun} and read its
 * {@link BudgetFacts}, so that one validation walks the lines once, however many of these rules
 * are on.
 */
final class ProgrammeYearRules {

  private ProgrammeYearRules() {}

  static Set<String> knownCategories(ProgrammeYear y) {
    return y.programme().costCategories().stream().map(CostCategory::id)
        .collect(Collectors.toSet());
  }

  static Set<String> schemes(ProgrammeYear y) {
    return y.programme().relatedProgrammes().stream()
        .filter(r -> r.kind() == RelationKind.SUBSIDY_SCHEME)
        .map(RelatedProgramme::id)
        .collect(Collectors.toSet());
  }

  static List<Violation> negativeAmounts(ProgrammeYear y, ValidationRun run) {
    List<Violation> out = new ArrayList<>();
    if (y.budget().isPresent()) {
      BudgetFacts f = run.budgetFacts(y);
      for (BudgetLine l : f.negativeLines()) {
        BudgetRules.addNegativeAmounts(f.budget(), l, out);
      }
    }
    y.statement().ifPresent(s -> out.addAll(StatementRules.negativeAmounts(s)));
    y.contributions().ifPresent(c -> out.addAll(ContributionRules.negativeAmounts(c)));
    return out;
  }

  static List<Violation> onStatement(ProgrammeYear y,
      Function<FinancialStatement, List<Violation>> rule) {
    return y.statement().map(rule).orElse(List.of());
  }

  static List<Violation> onContributions(ProgrammeYear y,
      Function<ContributionStatement, List<Violation>> rule) {
    return y.contributions().map(rule).orElse(List.of());
  }

  static List<Violation> identity(ProgrammeYear y) {
    if (y.statement().isEmpty() || y.statedClosing().isEmpty()) {
      return List.of();
    }
    YearBalance computed = YearBalance.of(y.statement().get());
    YearBalance stated = YearBalance.of(computed.year(), computed.carriedForward(),
        computed.income(), computed.spending(), y.statedClosing().get());
    return stated.isConsistent() ? List.of()
        : List.of(ChainRules.identity("year[" + y.year() + "].statedClosing", stated));
  }

  static List<Violation> chain(ProgrammeYear y) {
    if (y.statement().isEmpty() || y.previousStatement().isEmpty()) {
      return List.of();
    }
    RollForward r = RollForward.ofStatements(
        List.of(y.previousStatement().get(), y.statement().get()));
    List<Violation> out = new ArrayList<>();
    for (ChainBreak br : r.breaks()) {
      out.add(ChainRules.chainBreak(StatementRules.path(y.statement().get())
          + ".carriedForward", br));
    }
    return out;
  }

  static List<Violation> incomeVsContributions(ProgrammeYear y, ValidationRun run) {
    if (y.contributions().isEmpty()) {
      return List.of();
    }
    ContributionStatement c = y.contributions().get();
    Money owed = c.total();
    List<Violation> out = new ArrayList<>();
    y.statement().ifPresent(s -> {
      List<StatementLine> lines = s.income().stream()
          .filter(l -> l.categoryId().filter(IncomeCategory.CONTRIBUTIONS.id()::equals)
              .isPresent())
          .collect(Collectors.toList());
      String path = StatementRules.path(s) + ".income";
      if (!lines.isEmpty()) {
        Money got = Money.sum(lines.stream().map(StatementLine::amount)
            .collect(Collectors.toList()));
        if (!got.equals(owed)) {
          out.add(V.amounts(RuleCodes.INCOME_VS_CONTRIBUTIONS, Severity.ERROR, path, owed, got,
              "The contributions reported as income for " + s.year() + " are " + en(got)
                  + ", but the contributions owed are " + en(owed),
              "De als inkomsten verantwoorde bijdragen over " + s.year() + " zijn " + nl(got)
                  + ", maar de verschuldigde bijdragen zijn " + nl(owed)));
        }
      } else if (s.incomeSum().isLessThan(owed)) {
        out.add(V.amounts(RuleCodes.INCOME_VS_CONTRIBUTIONS, Severity.WARNING, path, owed,
            s.incomeSum(),
            "The income reported for " + s.year() + " is " + en(s.incomeSum())
                + ", less than the contributions owed alone, " + en(owed),
            "De verantwoorde inkomsten over " + s.year() + " zijn " + nl(s.incomeSum())
                + ", minder dan alleen de verschuldigde bijdragen, " + nl(owed)));
      }
    });
    y.budget().ifPresent(b -> {
      BudgetFacts f = run.budgetFacts(y);
      if (f.hasContributionIncome()) {
        Money planned = f.contributionIncome();
        if (!planned.equals(owed)) {
          out.add(V.amounts(RuleCodes.INCOME_VS_CONTRIBUTIONS, Severity.WARNING,
              BudgetRules.path(b) + ".income", owed, planned,
              "The budget for " + b.year() + " expects " + en(planned) + " of contributions, "
                  + "but the contributions owed are " + en(owed),
              "De begroting voor " + b.year() + " verwacht " + nl(planned) + " aan bijdragen, "
                  + "maar de verschuldigde bijdragen zijn " + nl(owed)));
        }
      }
    });
    return out;
  }

  static List<Violation> spendingAboveMeans(ProgrammeYear y, ValidationRun run) {
    if (y.budget().isEmpty()) {
      return List.of();
    }
    Budget b = y.budget().get();
    BudgetFacts f = run.budgetFacts(y);
    boolean cfLine = f.hasCarriedForwardLine();
    Money cf = cfLine ? Money.ZERO : y.knownCarriedForward().orElse(Money.ZERO);
    boolean unknown = !cfLine && y.knownCarriedForward().isEmpty();
    Money means = cf.plus(f.totalIncome());
    Money spending = f.totalSpending();
    if (!spending.isGreaterThan(means)) {
      return List.of();
    }
    String noteEn = unknown ? " (carried forward unknown, counted as EUR 0.00)" : "";
    String noteNl = unknown ? " (doorgeschoven bedrag onbekend, geteld als € 0,00)" : "";
    return List.of(V.amounts(RuleCodes.PLANNED_SPENDING_EXCEEDS_MEANS, Severity.ERROR,
        BudgetRules.path(b) + ".spending", means, spending,
        "The budget for " + b.year() + " plans " + en(spending) + " of spending, more than "
            + "carried forward + expected income = " + en(means) + noteEn + " (short "
            + en(spending.minus(means)) + ")",
        "De begroting voor " + b.year() + " raamt " + nl(spending) + " aan uitgaven, meer dan "
            + "doorgeschoven + verwachte inkomsten = " + nl(means) + noteNl + " (tekort "
            + nl(spending.minus(means)) + ")"));
  }

  static List<Violation> outOfScopeCounted(ProgrammeYear y, ValidationRun run) {
    if (y.budget().isEmpty() || y.statement().isEmpty()) {
      return List.of();
    }
    Budget b = y.budget().get();
    FinancialStatement s = y.statement().get();
    if (b.year() != s.year()) {
      return List.of();
    }
    Set<String> excluded = run.budgetFacts(y).outOfScopeCategories();
    List<Violation> out = new ArrayList<>();
    for (StatementLine l : s.lines()) {
      String category = l.categoryId().orElse(l.id());
      if (excluded.contains(category)) {
        out.add(V.amounts(RuleCodes.OUT_OF_SCOPE_COUNTED, Severity.ERROR,
            StatementRules.path(s) + ".lines[" + l.id() + "]", Money.ZERO, l.amount(),
            "Line '" + l.id() + "' (" + en(l.amount()) + ") is counted in the totals of "
                + s.year() + ", but the budget excludes category '" + category + "'",
            "Regel '" + l.id() + "' (" + nl(l.amount()) + ") telt mee in de totalen van "
                + s.year() + ", maar de begroting sluit categorie '" + category + "' uit"));
      }
    }
    return out;
  }

  static List<Violation> schemeMoney(ProgrammeYear y, ValidationRun run) {
    Set<String> schemes = schemes(y);
    if (schemes.isEmpty()) {
      return List.of();
    }
    List<Violation> out = new ArrayList<>();
    y.statement().ifPresent(s -> {
      for (StatementLine l : s.lines()) {
        String hit = schemes.contains(l.id()) ? l.id()
            : l.categoryId().filter(schemes::contains).orElse(null);
        if (hit != null) {
          out.add(scheme(StatementRules.path(s) + ".lines[" + l.id() + "]", l.id(), hit,
              l.amount(), s.year()));
        }
      }
    });
    y.budget().ifPresent(b -> {
      for (BudgetLine l : run.budgetFacts(y).schemeLines()) {
        String hit = schemes.contains(l.categoryId()) ? l.categoryId() : l.id();
        out.add(scheme(BudgetRules.path(b) + ".lines[" + l.id() + "]", l.id(), hit,
            l.current(), b.year()));
      }
    });
    return out;
  }

  private static Violation scheme(String path, String lineId, String scheme, Money amount,
      int year) {
    return V.amounts(RuleCodes.SCHEME_MONEY_AS_PROGRAMME_MONEY, Severity.ERROR, path,
        Money.ZERO, amount,
        "Line '" + lineId + "' books " + en(amount) + " of scheme '" + scheme
            + "' as programme money of " + year + "; scheme money is kept apart",
        "Regel '" + lineId + "' boekt " + nl(amount) + " van regeling '" + scheme
            + "' als programmageld van " + year + "; geld van de regeling wordt apart gehouden");
  }

  static List<Violation> duplicates(ProgrammeYear y) {
    return onContributions(y, ContributionRules::duplicates);
  }

  static List<Violation> unknownIds(ProgrammeYear y, ValidationRun run) {
    Programme p = y.programme();
    List<Violation> out = new ArrayList<>();
    Set<String> categories = knownCategories(y);
    if (!categories.isEmpty()) {
      y.statement().ifPresent(s -> s.spending().forEach(l -> l.categoryId()
          .filter(c -> !categories.contains(c))
          .ifPresent(c -> out.add(unknownCategory(StatementRules.path(s) + ".spending["
              + l.id() + "].categoryId", c, categories)))));
      y.budget().ifPresent(b -> run.budgetFacts(y).unknownCategoryLines()
          .forEach(l -> out.add(unknownCategory(BudgetRules.path(b) + ".lines[" + l.id()
              + "].categoryId", l.categoryId(), categories))));
    }
    y.contributions().ifPresent(c -> {
      if (!c.programmeId().equals(p.id())) {
        out.add(V.of(RuleCodes.UNKNOWN_ID, Severity.ERROR,
            ContributionRules.path(c) + ".programmeId",
            "The contribution statement is for programme '" + c.programmeId()
                + "', not for '" + p.id() + "'",
            "De bijdrageopgave is voor programma '" + c.programmeId() + "', niet voor '"
                + p.id() + "'"));
      }
      for (ContributionLine l : c.lines()) {
        if (p.partner(l.partnerId()).isEmpty()) {
          out.add(V.of(RuleCodes.UNKNOWN_ID, Severity.ERROR,
              ContributionRules.path(c, l) + ".partnerId",
              "Contribution line for unknown partner '" + l.partnerId() + "' of programme '"
                  + p.id() + "'",
              "Bijdrageregel voor onbekende partner '" + l.partnerId() + "' van programma '"
                  + p.id() + "'"));
        }
      }
    });
    return out;
  }

  private static Violation unknownCategory(String path, String category, Set<String> known) {
    String list = known.stream().sorted().collect(Collectors.joining(", "));
    return V.of(RuleCodes.UNKNOWN_ID, Severity.ERROR, path,
        "Unknown cost category '" + category + "'; known categories: " + list,
        "Onbekende kostencategorie '" + category + "'; bekende categorieën: " + list);
  }

  static List<Violation> payersNotMembers(ProgrammeYear y) {
    if (y.contributions().isEmpty()) {
      return List.of();
    }
    ContributionStatement c = y.contributions().get();
    Programme p = y.programme();
    List<Violation> out = new ArrayList<>();
    for (ContributionLine l : c.lines()) {
      p.partner(l.partnerId()).ifPresent(partner -> {
        if (!p.municipalitiesIn(c.year()).contains(partner)) {
          out.add(V.amounts(RuleCodes.PAYER_NOT_A_MEMBER, Severity.ERROR,
              ContributionRules.path(c, l), Money.ZERO, l.amount(),
              partner.name() + " is charged " + en(l.amount()) + " for " + c.year()
                  + ", but is not a paying member (municipality) of '" + p.id() + "' in "
                  + c.year(),
              partner.name() + " wordt " + nl(l.amount()) + " in rekening gebracht voor "
                  + c.year() + ", maar is in " + c.year() + " geen betalend lid (gemeente) van '"
                  + p.id() + "'"));
        }
      });
    }
    return out;
  }

  static List<Violation> membersNotCharged(ProgrammeYear y) {
    if (y.contributions().isEmpty()) {
      return List.of();
    }
    ContributionStatement c = y.contributions().get();
    List<Violation> out = new ArrayList<>();
    for (Partner m : y.programme().municipalitiesIn(c.year())) {
      if (c.line(m.id()).isEmpty()) {
        out.add(V.of(RuleCodes.MEMBER_NOT_CHARGED, Severity.ERROR,
            ContributionRules.path(c) + ".lines",
            m.name() + " is a member municipality in " + c.year()
                + " but has no contribution line",
            m.name() + " is in " + c.year() + " lid-gemeente maar heeft geen bijdrageregel"));
      }
    }
    return out;
  }

  static List<Violation> periods(ProgrammeYear y) {
    List<Violation> out = new ArrayList<>();
    int year = y.year();
    y.statement().filter(s -> s.year() != year).ifPresent(s -> out.add(period(
        StatementRules.path(s), "financial statement", "Het financieel overzicht", s.year(), year)));
    y.budget().filter(b -> b.year() != year).ifPresent(b -> out.add(period(
        BudgetRules.path(b), "budget", "De begroting", b.year(), year)));
    y.contributions().filter(c -> c.year() != year).ifPresent(c -> out.add(period(
        ContributionRules.path(c), "contribution statement", "De bijdrageopgave", c.year(),
        year)));
    y.previousStatement().filter(s -> s.year() != year - 1).ifPresent(s -> out.add(period(
        "previous" + StatementRules.path(s), "previous financial statement",
        "Het vorige financieel overzicht", s.year(), year - 1)));
    y.contributions().ifPresent(c -> out.addAll(ContributionRules.periods(c)));
    return out;
  }

  private static Violation period(String path, String en, String nl, int got, int expected) {
    return V.of(RuleCodes.PERIOD_MISMATCH, Severity.ERROR, path,
        "The " + en + " is for " + got + ", expected " + expected,
        nl + " is voor " + got + ", verwacht " + expected);
  }
}
