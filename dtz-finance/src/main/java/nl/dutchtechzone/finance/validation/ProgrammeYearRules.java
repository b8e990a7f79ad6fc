package nl.dutchtechzone.finance.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.dutchtechzone.core.CostCategory;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.RelatedProgramme;
import nl.dutchtechzone.core.RelationKind;
import nl.dutchtechzone.core.money.ExactSum;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.money.MoneyOverflowException;
import nl.dutchtechzone.core.money.Quantity;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.IncomeCategory;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.StatementLine;
import nl.dutchtechzone.finance.contribution.ContributionLine;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.internal.Quantities;
import nl.dutchtechzone.finance.ledger.ChainBreak;
import nl.dutchtechzone.finance.ledger.RollForward;
import nl.dutchtechzone.finance.ledger.YearBalance;

/**
 * The rules on a whole programme year.
 *
 * <p>The rules that read the lines of the budget take the {@link ValidationRun} and read its
 * {@link BudgetFacts}, so that one validation walks the lines once, however many of these rules
 * are on. A rule whose sums are outside the range Money holds reports that as an error of its
 * own code (message key {@code overflow}) instead of failing.
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

  /** The ids of the statement's lines, if the statement is of the budget's year (for F011). */
  static Set<String> statementLineIds(ProgrammeYear y) {
    if (y.statement().isEmpty() || y.budget().isEmpty()
        || y.statement().get().year() != y.budget().get().year()) {
      return Set.of();
    }
    return y.statement().get().lines().stream().map(StatementLine::id)
        .collect(Collectors.toSet());
  }

  /**
   * The categories of the statement's lines (a line's id where it has none), if the statement
   * is of the budget's year (for F011).
   */
  static Set<String> statementLineCategories(ProgrammeYear y) {
    if (statementLineIds(y).isEmpty()) {
      return Set.of();
    }
    return y.statement().get().lines().stream().map(l -> l.categoryId().orElse(l.id()))
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
    FinancialStatement s = y.statement().get();
    String path = "year[" + y.year() + "].statedClosing";
    Optional<Money> income = StatementRules.income(s);
    Optional<Money> spending = StatementRules.spending(s);
    if (income.isEmpty() || spending.isEmpty()) {
      return List.of(V.overflow(RuleCodes.STATEMENT_IDENTITY, path,
          Quantities.of("closing", s.year())));
    }
    return ChainRules.identity(path, YearBalance.of(s.year(), s.carriedForward(), income.get(),
        spending.get(), y.statedClosing().get()));
  }

  static List<Violation> chain(ProgrammeYear y) {
    if (y.statement().isEmpty() || y.previousStatement().isEmpty()) {
      return List.of();
    }
    String path = StatementRules.path(y.statement().get()) + ".carriedForward";
    RollForward r;
    try {
      r = RollForward.ofStatements(List.of(y.previousStatement().get(), y.statement().get()));
    } catch (MoneyOverflowException e) {
      return List.of(V.overflow(RuleCodes.ROLL_FORWARD_BREAK, path,
          Quantities.of("closing", y.previousStatement().get().year())));
    }
    List<Violation> out = new ArrayList<>();
    for (ChainBreak br : r.breaks()) {
      out.add(ChainRules.chainBreak(path, br));
    }
    return out;
  }

  static List<Violation> incomeVsContributions(ProgrammeYear y, ValidationRun run) {
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
    y.statement().ifPresent(s -> out.addAll(statementVsContributions(s, owed)));
    y.budget().ifPresent(b -> {
      BudgetFacts f = run.budgetFacts(y);
      if (f.hasContributionIncome()) {
        String path = BudgetRules.path(b) + ".income";
        Money planned;
        try {
          planned = f.contributionIncome();
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

  private static List<Violation> statementVsContributions(FinancialStatement s, Money owed) {
    String path = StatementRules.path(s) + ".income";
    ExactSum reported = new ExactSum();
    boolean any = false;
    for (StatementLine l : s.income()) {
      if (l.categoryId().filter(IncomeCategory.CONTRIBUTIONS.id()::equals).isPresent()) {
        reported.add(l.amount());
        any = true;
      }
    }
    if (any) {
      if (!reported.fits()) {
        return List.of(V.overflow(RuleCodes.INCOME_VS_CONTRIBUTIONS, path,
            Quantities.of("statement.contributions", s.year())));
      }
      Money got = reported.total(Quantities.of("statement.contributions", s.year()));
      return got.equals(owed) ? List.of()
          : List.of(V.amounts(RuleCodes.INCOME_VS_CONTRIBUTIONS, Severity.ERROR, path, owed,
              got, "DTZ-F008.statement", s.year(), got, owed));
    }
    Optional<Money> income = StatementRules.income(s);
    if (income.isEmpty()) {
      return List.of(V.overflow(RuleCodes.INCOME_VS_CONTRIBUTIONS, path,
          Quantity.of(Money.class, "statement.income", s.year())));
    }
    return income.get().isLessThan(owed)
        ? List.of(V.amounts(RuleCodes.INCOME_VS_CONTRIBUTIONS, Severity.WARNING, path, owed,
            income.get(), "DTZ-F008.statementIncome", s.year(), income.get(), owed))
        : List.of();
  }

  static List<Violation> spendingAboveMeans(ProgrammeYear y, ValidationRun run) {
    if (y.budget().isEmpty()) {
      return List.of();
    }
    Budget b = y.budget().get();
    BudgetFacts f = run.budgetFacts(y);
    String path = BudgetRules.path(b) + ".spending";
    Money spending;
    try {
      spending = f.totalSpending();
    } catch (MoneyOverflowException e) {
      return List.of(V.overflow(RuleCodes.PLANNED_SPENDING_EXCEEDS_MEANS, path,
          Quantity.of(Money.class, "budget.spending", b.year())));
    }
    boolean cfLine = f.hasCarriedForwardLine();
    Money means;
    boolean unknown;
    try {
      Optional<Money> known = cfLine ? Optional.of(Money.ZERO) : y.knownCarriedForward();
      unknown = known.isEmpty();
      ExactSum sum = new ExactSum().add(known.orElse(Money.ZERO));
      if (!f.incomeFits()) {
        return List.of(V.overflow(RuleCodes.PLANNED_SPENDING_EXCEEDS_MEANS, path,
            Quantity.of(Money.class, "budget.income", b.year())));
      }
      means = sum.add(f.totalIncome()).total(Quantities.of("budget.means", b.year()));
    } catch (MoneyOverflowException e) {
      return List.of(V.overflow(RuleCodes.PLANNED_SPENDING_EXCEEDS_MEANS, path,
          Quantities.of("budget.means", b.year())));
    }
    if (!spending.isGreaterThan(means)) {
      return List.of();
    }
    CarriedForward note = unknown ? CarriedForward.UNKNOWN : CarriedForward.KNOWN;
    Optional<Money> shortBy = V.difference(spending, means);
    return List.of(shortBy.isPresent()
        ? V.amounts(RuleCodes.PLANNED_SPENDING_EXCEEDS_MEANS, Severity.ERROR, path, means,
            spending, RuleCodes.PLANNED_SPENDING_EXCEEDS_MEANS, b.year(), spending, means, note,
            shortBy.get())
        : V.amounts(RuleCodes.PLANNED_SPENDING_EXCEEDS_MEANS, Severity.ERROR, path, means,
            spending, "DTZ-F009.farOff", b.year(), spending, means, note));
  }

  /**
   * F011: a statement line counted in the totals that the budget of the same year leaves out.
   *
   * <p>Scope belongs to a budget line. A statement line is matched to the budget line with the
   * same id; if the budget has no line with that id, to the budget's lines of the statement
   * line's category (its id if it has none), and it is out of scope only if every budget line of
   * that category is.
   */
  static List<Violation> outOfScopeCounted(ProgrammeYear y, ValidationRun run) {
    if (y.budget().isEmpty() || y.statement().isEmpty()) {
      return List.of();
    }
    Budget b = y.budget().get();
    FinancialStatement s = y.statement().get();
    if (b.year() != s.year()) {
      return List.of();
    }
    BudgetFacts f = run.budgetFacts(y);
    Set<String> excluded = f.outOfScopeOnlyCategories();
    List<Violation> out = new ArrayList<>();
    for (StatementLine l : s.lines()) {
      String path = StatementRules.path(s) + ".lines[" + l.id() + "]";
      Optional<Boolean> sameId = f.lineInScope(l.id());
      if (sameId.isPresent()) {
        if (!sameId.get()) {
          out.add(V.amounts(RuleCodes.OUT_OF_SCOPE_COUNTED, Severity.ERROR, path, Money.ZERO,
              l.amount(), "DTZ-F011.line", l.id(), l.amount(), s.year()));
        }
        continue;
      }
      String category = l.categoryId().orElse(l.id());
      if (excluded.contains(category)) {
        out.add(V.amounts(RuleCodes.OUT_OF_SCOPE_COUNTED, Severity.ERROR, path, Money.ZERO,
            l.amount(), "DTZ-F011.category", l.id(), l.amount(), s.year(), category));
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
        Money.ZERO, amount, RuleCodes.SCHEME_MONEY_AS_PROGRAMME_MONEY, lineId, amount, scheme,
        year);
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
              RuleCodes.PAYER_NOT_A_MEMBER, partner.name(), l.amount(), c.year(), p.id()));
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
            ContributionRules.path(c) + ".lines", RuleCodes.MEMBER_NOT_CHARGED, m.name(),
            c.year()));
      }
    }
    return out;
  }

  static List<Violation> periods(ProgrammeYear y) {
    List<Violation> out = new ArrayList<>();
    int year = y.year();
    y.statement().filter(s -> s.year() != year).ifPresent(s -> out.add(period(
        StatementRules.path(s), Part.STATEMENT, s.year(), year)));
    y.budget().filter(b -> b.year() != year).ifPresent(b -> out.add(period(
        BudgetRules.path(b), Part.BUDGET, b.year(), year)));
    y.contributions().filter(c -> c.year() != year).ifPresent(c -> out.add(period(
        ContributionRules.path(c), Part.CONTRIBUTIONS, c.year(), year)));
    y.previousStatement().filter(s -> s.year() != year - 1).ifPresent(s -> out.add(period(
        "previous" + StatementRules.path(s), Part.PREVIOUS_STATEMENT, s.year(), year - 1)));
    y.contributions().ifPresent(c -> out.addAll(ContributionRules.periods(c)));
    return out;
  }

  private static Violation period(String path, Part part, int got, int expected) {
    return V.of(RuleCodes.PERIOD_MISMATCH, Severity.ERROR, path, RuleCodes.PERIOD_MISMATCH, part,
        got, expected);
  }

  /** The parts of a programme year, as F017 names them ({@code Part.NAME} in the bundles). */
  enum Part {
    STATEMENT, BUDGET, CONTRIBUTIONS, PREVIOUS_STATEMENT
  }

  /** Whether F009 knew the carried forward ({@code CarriedForward.NAME} in the bundles). */
  enum CarriedForward {
    KNOWN, UNKNOWN
  }
}
