package nl.dutchtechzone.finance.validation;

import static nl.dutchtechzone.finance.validation.V.en;
import static nl.dutchtechzone.finance.validation.V.nl;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.dutchtechzone.core.CostCategory;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.RelatedProgramme;
import nl.dutchtechzone.core.RelationKind;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.Flow;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.StatementLine;
import nl.dutchtechzone.finance.contribution.ContributionLine;
import nl.dutchtechzone.finance.contribution.ContributionStatement;

/**
 * The test oracle: the programme-year rules as they were before the budget lines were read in
 * one pass, each rule walking the lines itself (through {@link Budget#incomeLines()},
 * {@link Budget#totalIncome()} and the like). Kept verbatim, so that the one-pass rules can be
 * compared with them on any input.
 */
final class SeparatePassRules {

  private SeparatePassRules() {}

  /** The programme-year validator as it was, the same rules in the same order. */
  static Validator<ProgrammeYear> programmeYear() {
    return Validator.of(List.of(
        rule(RuleCodes.NEGATIVE_AMOUNT, SeparatePassRules::negativeAmounts),
        rule(RuleCodes.SPENDING_SUM_MISMATCH,
            y -> ProgrammeYearRules.onStatement(y, StatementRules::spendingSum)),
        rule(RuleCodes.INCOME_SUM_MISMATCH,
            y -> ProgrammeYearRules.onStatement(y, StatementRules::incomeSum)),
        rule(RuleCodes.STATEMENT_IDENTITY, ProgrammeYearRules::identity),
        rule(RuleCodes.ROLL_FORWARD_BREAK, ProgrammeYearRules::chain),
        rule(RuleCodes.CONTRIBUTION_AMOUNT,
            y -> ProgrammeYearRules.onContributions(y, ContributionRules::amounts)),
        rule(RuleCodes.CONTRIBUTION_STATUS,
            y -> ProgrammeYearRules.onContributions(y, ContributionRules::status)),
        rule(RuleCodes.INCOME_VS_CONTRIBUTIONS, SeparatePassRules::incomeVsContributions),
        rule(RuleCodes.PLANNED_SPENDING_EXCEEDS_MEANS, SeparatePassRules::spendingAboveMeans),
        rule(RuleCodes.ESTIMATE_WHERE_FINAL_EXISTS, y -> ProgrammeYearRules.onContributions(y,
            c -> ContributionRules.estimateWhereFinal(c, y.register()))),
        rule(RuleCodes.OUT_OF_SCOPE_COUNTED, SeparatePassRules::outOfScopeCounted),
        rule(RuleCodes.SCHEME_MONEY_AS_PROGRAMME_MONEY, SeparatePassRules::schemeMoney),
        rule(RuleCodes.DUPLICATE_ID, ProgrammeYearRules::duplicates),
        rule(RuleCodes.UNKNOWN_ID, SeparatePassRules::unknownIds),
        rule(RuleCodes.PAYER_NOT_A_MEMBER, ProgrammeYearRules::payersNotMembers),
        rule(RuleCodes.MEMBER_NOT_CHARGED, ProgrammeYearRules::membersNotCharged),
        rule(RuleCodes.PERIOD_MISMATCH, ProgrammeYearRules::periods)));
  }

  private static ValidationRule<ProgrammeYear> rule(String code,
      Function<ProgrammeYear, List<Violation>> check) {
    return ValidationRule.of(code, check);
  }

  static List<Violation> negativeAmounts(ProgrammeYear y) {
    List<Violation> out = new ArrayList<>();
    y.budget().ifPresent(b -> out.addAll(BudgetRules.negativeAmounts(b)));
    y.statement().ifPresent(s -> out.addAll(StatementRules.negativeAmounts(s)));
    y.contributions().ifPresent(c -> out.addAll(ContributionRules.negativeAmounts(c)));
    return out;
  }

  static List<Violation> incomeVsContributions(ProgrammeYear y) {
    if (y.contributions().isEmpty()) {
      return List.of();
    }
    ContributionStatement c = y.contributions().get();
    Money owed = c.total();
    List<Violation> out = new ArrayList<>();
    y.statement().ifPresent(s -> {
      List<StatementLine> lines = s.income().stream()
          .filter(l -> l.categoryId().filter(ContributionStatement.INCOME_CATEGORY::equals)
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
      List<BudgetLine> lines = b.incomeLines().stream()
          .filter(l -> l.categoryId().equals(ContributionStatement.INCOME_CATEGORY))
          .collect(Collectors.toList());
      if (!lines.isEmpty()) {
        Money planned = Money.sum(lines.stream().map(BudgetLine::current)
            .collect(Collectors.toList()));
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

  static List<Violation> spendingAboveMeans(ProgrammeYear y) {
    if (y.budget().isEmpty()) {
      return List.of();
    }
    Budget b = y.budget().get();
    boolean cfLine = b.lines().stream()
        .anyMatch(l -> l.inScope() && l.flow() == Flow.INCOME
            && l.categoryId().equals(ProgrammeYear.CARRIED_FORWARD_CATEGORY));
    Money cf = cfLine ? Money.ZERO : y.knownCarriedForward().orElse(Money.ZERO);
    boolean unknown = !cfLine && y.knownCarriedForward().isEmpty();
    Money means = cf.plus(b.totalIncome());
    Money spending = b.totalSpending();
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

  static List<Violation> outOfScopeCounted(ProgrammeYear y) {
    if (y.budget().isEmpty() || y.statement().isEmpty()) {
      return List.of();
    }
    Budget b = y.budget().get();
    FinancialStatement s = y.statement().get();
    if (b.year() != s.year()) {
      return List.of();
    }
    Set<String> excluded = b.outOfScope().stream().map(BudgetLine::categoryId)
        .collect(Collectors.toSet());
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

  static List<Violation> schemeMoney(ProgrammeYear y) {
    Set<String> schemes = y.programme().relatedProgrammes().stream()
        .filter(r -> r.kind() == RelationKind.SUBSIDY_SCHEME)
        .map(RelatedProgramme::id)
        .collect(Collectors.toSet());
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
      for (BudgetLine l : b.lines()) {
        if (l.inScope() && (schemes.contains(l.categoryId()) || schemes.contains(l.id()))) {
          String hit = schemes.contains(l.categoryId()) ? l.categoryId() : l.id();
          out.add(scheme(BudgetRules.path(b) + ".lines[" + l.id() + "]", l.id(), hit,
              l.current(), b.year()));
        }
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

  static List<Violation> unknownIds(ProgrammeYear y) {
    Programme p = y.programme();
    List<Violation> out = new ArrayList<>();
    Set<String> categories = p.costCategories().stream().map(CostCategory::id)
        .collect(Collectors.toSet());
    if (!categories.isEmpty()) {
      y.statement().ifPresent(s -> s.spending().forEach(l -> l.categoryId()
          .filter(c -> !categories.contains(c))
          .ifPresent(c -> out.add(unknownCategory(StatementRules.path(s) + ".spending["
              + l.id() + "].categoryId", c, categories)))));
      y.budget().ifPresent(b -> b.lines().stream()
          .filter(l -> l.flow() == Flow.SPENDING && !categories.contains(l.categoryId()))
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
}
