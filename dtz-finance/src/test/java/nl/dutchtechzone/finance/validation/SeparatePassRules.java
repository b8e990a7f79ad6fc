package nl.dutchtechzone.finance.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.dutchtechzone.core.CostCategory;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.RelatedProgramme;
import nl.dutchtechzone.core.RelationKind;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.money.MoneyOverflowException;
import nl.dutchtechzone.core.money.Quantity;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.Flow;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.StatementLine;
import nl.dutchtechzone.finance.contribution.ContributionLine;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.internal.Quantities;

/**
 * The test oracle: the programme-year rules that read budget lines written the plain way, each
 * rule walking the lines itself (through {@link Budget#incomeLines()}, {@link
 * Budget#totalIncome()} and the like), so that the one-pass rules can be compared with them on
 * any input. Same semantics as the one-pass rules (F011 by budget line, overflow as a
 * violation), no shared facts.
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
    Money owed;
    try {
      owed = c.total();
    } catch (MoneyOverflowException e) {
      return List.of(V.overflow(RuleCodes.INCOME_VS_CONTRIBUTIONS,
          ContributionRules.path(c) + ".lines", Quantities.of("contributions.total", c.year())));
    }
    List<Violation> out = new ArrayList<>();
    y.statement().ifPresent(s -> {
      List<StatementLine> lines = s.income().stream()
          .filter(l -> l.categoryId().filter(ContributionStatement.INCOME_CATEGORY::equals)
              .isPresent())
          .collect(Collectors.toList());
      String path = StatementRules.path(s) + ".income";
      if (!lines.isEmpty()) {
        Money got;
        try {
          got = Money.sum(lines.stream().map(StatementLine::amount)
              .collect(Collectors.toList()));
        } catch (MoneyOverflowException e) {
          out.add(V.overflow(RuleCodes.INCOME_VS_CONTRIBUTIONS, path,
              Quantities.of("statement.contributions", s.year())));
          return;
        }
        if (!got.equals(owed)) {
          out.add(V.amounts(RuleCodes.INCOME_VS_CONTRIBUTIONS, Severity.ERROR, path, owed, got,
              "DTZ-F008.statement", s.year(), got, owed));
        }
        return;
      }
      Money income;
      try {
        income = s.incomeSum();
      } catch (MoneyOverflowException e) {
        out.add(V.overflow(RuleCodes.INCOME_VS_CONTRIBUTIONS, path,
            Quantity.of(Money.class, "statement.income", s.year())));
        return;
      }
      if (income.isLessThan(owed)) {
        out.add(V.amounts(RuleCodes.INCOME_VS_CONTRIBUTIONS, Severity.WARNING, path, owed,
            income, "DTZ-F008.statementIncome", s.year(), income, owed));
      }
    });
    y.budget().ifPresent(b -> {
      List<BudgetLine> lines = b.incomeLines().stream()
          .filter(l -> l.categoryId().equals(ContributionStatement.INCOME_CATEGORY))
          .collect(Collectors.toList());
      if (!lines.isEmpty()) {
        String path = BudgetRules.path(b) + ".income";
        Money planned;
        try {
          planned = Money.sum(lines.stream().map(BudgetLine::current)
              .collect(Collectors.toList()));
        } catch (MoneyOverflowException e) {
          out.add(V.overflow(RuleCodes.INCOME_VS_CONTRIBUTIONS, path,
              Quantities.of("budget.contributionIncome", b.year())));
          return;
        }
        if (!planned.equals(owed)) {
          out.add(V.amounts(RuleCodes.INCOME_VS_CONTRIBUTIONS, Severity.WARNING, path, owed,
              planned, "DTZ-F008.budget", b.year(), planned, owed));
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
    String path = BudgetRules.path(b) + ".spending";
    Money spending;
    try {
      spending = b.totalSpending();
    } catch (MoneyOverflowException e) {
      return List.of(V.overflow(RuleCodes.PLANNED_SPENDING_EXCEEDS_MEANS, path,
          Quantity.of(Money.class, "budget.spending", b.year())));
    }
    boolean cfLine = b.lines().stream()
        .anyMatch(l -> l.inScope() && l.flow() == Flow.INCOME
            && l.categoryId().equals(ProgrammeYear.CARRIED_FORWARD_CATEGORY));
    Money means;
    boolean unknown;
    try {
      Optional<Money> known = cfLine ? Optional.of(Money.ZERO) : y.knownCarriedForward();
      unknown = known.isEmpty();
      Money income;
      try {
        income = b.totalIncome();
      } catch (MoneyOverflowException e) {
        return List.of(V.overflow(RuleCodes.PLANNED_SPENDING_EXCEEDS_MEANS, path,
            Quantity.of(Money.class, "budget.income", b.year())));
      }
      means = known.orElse(Money.ZERO).plus(income);
    } catch (MoneyOverflowException e) {
      return List.of(V.overflow(RuleCodes.PLANNED_SPENDING_EXCEEDS_MEANS, path,
          Quantities.of("budget.means", b.year())));
    }
    if (!spending.isGreaterThan(means)) {
      return List.of();
    }
    ProgrammeYearRules.CarriedForward note = unknown ? ProgrammeYearRules.CarriedForward.UNKNOWN
        : ProgrammeYearRules.CarriedForward.KNOWN;
    Optional<Money> shortBy = V.difference(spending, means);
    return List.of(shortBy.isPresent()
        ? V.amounts(RuleCodes.PLANNED_SPENDING_EXCEEDS_MEANS, Severity.ERROR, path, means,
            spending, RuleCodes.PLANNED_SPENDING_EXCEEDS_MEANS, b.year(), spending, means, note,
            shortBy.get())
        : V.amounts(RuleCodes.PLANNED_SPENDING_EXCEEDS_MEANS, Severity.ERROR, path, means,
            spending, "DTZ-F009.farOff", b.year(), spending, means, note));
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
    List<Violation> out = new ArrayList<>();
    for (StatementLine l : s.lines()) {
      String path = StatementRules.path(s) + ".lines[" + l.id() + "]";
      Optional<BudgetLine> same = b.lines().stream().filter(x -> x.id().equals(l.id()))
          .findFirst();
      if (same.isPresent()) {
        if (!same.get().inScope()) {
          out.add(V.amounts(RuleCodes.OUT_OF_SCOPE_COUNTED, Severity.ERROR, path, Money.ZERO,
              l.amount(), "DTZ-F011.line", l.id(), l.amount(), s.year()));
        }
        continue;
      }
      String category = l.categoryId().orElse(l.id());
      List<BudgetLine> ofCategory = b.lines().stream()
          .filter(x -> x.categoryId().equals(category)).collect(Collectors.toList());
      if (!ofCategory.isEmpty() && ofCategory.stream().noneMatch(BudgetLine::inScope)) {
        out.add(V.amounts(RuleCodes.OUT_OF_SCOPE_COUNTED, Severity.ERROR, path, Money.ZERO,
            l.amount(), "DTZ-F011.category", l.id(), l.amount(), s.year(), category));
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
        Money.ZERO, amount, RuleCodes.SCHEME_MONEY_AS_PROGRAMME_MONEY, lineId, amount, scheme,
        year);
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
            ContributionRules.path(c) + ".programmeId", "DTZ-F014.programme", c.programmeId(),
            p.id()));
      }
      for (ContributionLine l : c.lines()) {
        if (p.partner(l.partnerId()).isEmpty()) {
          out.add(V.of(RuleCodes.UNKNOWN_ID, Severity.ERROR,
              ContributionRules.path(c, l) + ".partnerId", "DTZ-F014.partner", l.partnerId(),
              p.id()));
        }
      }
    });
    return out;
  }

  private static Violation unknownCategory(String path, String category, Set<String> known) {
    String list = known.stream().sorted().collect(Collectors.joining(", "));
    return V.of(RuleCodes.UNKNOWN_ID, Severity.ERROR, path, "DTZ-F014.category", category, list);
  }
}
