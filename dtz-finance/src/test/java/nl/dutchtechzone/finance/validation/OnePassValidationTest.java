package nl.dutchtechzone.finance.validation;

import static nl.dutchtechzone.finance.validation.StatementAndBudgetRulesTest.budgetLine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.core.plan.Flow;
import nl.dutchtechzone.core.plan.Scope;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.finance.contribution.ContributionCalculator;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.contribution.FigureStatus;
import nl.dutchtechzone.finance.reference.ReferenceScheme;
import nl.dutchtechzone.finance.testing.Illustrative;
import org.junit.jupiter.api.Test;

/**
 * The programme-year rules that read budget lines share one pass over the lines per validation
 * run ({@link BudgetFacts}); they must report exactly what the rules reported when each walked
 * the lines itself ({@link SeparatePassRules}).
 */
class OnePassValidationTest {

  private static final Programme DTZ = DutchTechZone.programme();
  private static final Programme NO_SCHEMES =
      Programme.builder().from(DTZ).relatedProgrammes(List.of()).build();
  private static final Programme NO_CATEGORIES =
      Programme.builder().from(DTZ).costCategories(List.of()).build();
  private static final FinancialStatement S2022 =
      DutchTechZone.report2022().statement().orElseThrow();
  private static final String SCHEME = "bedrijvenregeling-dtz";
  private static final String CF = ProgrammeYear.CARRIED_FORWARD_CATEGORY;
  private static final String CONTRIBUTIONS = ContributionStatement.INCOME_CATEGORY;
  private static final List<String> BUDGET_LINE_CODES = List.of(RuleCodes.NEGATIVE_AMOUNT,
      RuleCodes.INCOME_VS_CONTRIBUTIONS, RuleCodes.PLANNED_SPENDING_EXCEEDS_MEANS,
      RuleCodes.OUT_OF_SCOPE_COUNTED, RuleCodes.SCHEME_MONEY_AS_PROGRAMME_MONEY,
      RuleCodes.UNKNOWN_ID);

  private static ContributionStatement contributions2022() {
    return ContributionCalculator.of(ReferenceScheme.dutchTechZone(),
        Illustrative.registerWith2022(FigureStatus.FINAL)).calculate(DTZ, 2022);
  }

  private static Budget budget(int year, BudgetLine... lines) {
    return Budget.builder().year(year).status(BudgetStatus.ESTIMATE).addLines(lines).build();
  }

  private static BudgetLine outOfScope(BudgetLine l) {
    return BudgetLine.builder().from(l).scope(Scope.OUT_OF_SCOPE)
        .note(LocalizedText.dutch("buiten")).build();
  }

  private static BudgetLine amended(BudgetLine l, String amount) {
    return BudgetLine.builder().from(l).amended(Money.parse(amount)).build();
  }

  private static BudgetLine cents(String id, Flow flow, String category, long cents) {
    return BudgetLine.builder().from(budgetLine(id, flow, category, "0.00"))
        .planned(Money.ofCents(cents)).build();
  }

  /** The violations, or the message of the failure, so that failures can be compared too. */
  private static Object outcome(Validator<ProgrammeYear> v, ProgrammeYear y) {
    try {
      return v.validate(y).violations();
    } catch (IllegalStateException e) {
      return e.getMessage();
    }
  }

  // A budget with many kinds of problems at once.
  private static ProgrammeYear troubled() {
    Budget b = budget(2022,
        budgetLine("a", Flow.SPENDING, "catering", "-1.00"),
        amended(budgetLine("b", Flow.INCOME, CONTRIBUTIONS, "10.00"), "-5.00"),
        budgetLine(SCHEME, Flow.INCOME, "gifts", "20.00"),
        budgetLine("c", Flow.SPENDING, DutchTechZone.PROGRAMME_COSTS, "1000000.00"),
        outOfScope(budgetLine("d", Flow.SPENDING, DutchTechZone.BRANDING, "3.00")),
        amended(budgetLine("e", Flow.INCOME, SCHEME, "-2.00"), "-4.00"),
        outOfScope(budgetLine("f", Flow.SPENDING, "travel", "7.00")));
    return ProgrammeYear.builder().programme(DTZ).year(2022).budget(b).statement(S2022)
        .contributions(contributions2022()).build();
  }

  @Test
  void reportsSeveralKindsOfBudgetProblemsAtOnceInRuleAndLineOrder() {
    ValidationResult r = Validators.programmeYear().validate(troubled());
    assertThat(r.violations()).extracting(Violation::code, Violation::path).containsExactly(
        tuple(RuleCodes.NEGATIVE_AMOUNT, "budget[2022].lines[a].planned"),
        tuple(RuleCodes.NEGATIVE_AMOUNT, "budget[2022].lines[b].amended"),
        tuple(RuleCodes.NEGATIVE_AMOUNT, "budget[2022].lines[e].planned"),
        tuple(RuleCodes.NEGATIVE_AMOUNT, "budget[2022].lines[e].amended"),
        tuple(RuleCodes.INCOME_VS_CONTRIBUTIONS, "budget[2022].income"),
        tuple(RuleCodes.PLANNED_SPENDING_EXCEEDS_MEANS, "budget[2022].spending"),
        tuple(RuleCodes.OUT_OF_SCOPE_COUNTED, "statement[2022].lines[branding]"),
        tuple(RuleCodes.SCHEME_MONEY_AS_PROGRAMME_MONEY, "budget[2022].lines[" + SCHEME + "]"),
        tuple(RuleCodes.SCHEME_MONEY_AS_PROGRAMME_MONEY, "budget[2022].lines[e]"),
        tuple(RuleCodes.UNKNOWN_ID, "budget[2022].lines[a].categoryId"),
        tuple(RuleCodes.UNKNOWN_ID, "budget[2022].lines[f].categoryId"));
    // Income in scope: -5.00 + 20.00 - 4.00 = 11.00 plus 130500.00 carried forward.
    Violation means = r.violations().get(5);
    assertThat(means.expected()).contains(Money.parse("130511.00"));
    assertThat(means.actual()).contains(Money.parse("999999.00"));
    assertThat(r.violations().get(4).actual()).contains(Money.parse("-5.00"));
    assertThat(r.violations().get(7).messageEn()).contains("of scheme '" + SCHEME + "'");
    assertThat(r.violations().get(8).messageNl()).contains("€ -4,00")
        .contains("regeling '" + SCHEME + "'");
    assertThat(r.violations())
        .containsExactlyElementsOf(SeparatePassRules.programmeYear().validate(troubled())
            .violations());
  }

  @Test
  void switchedOffRulesDoNotReportWhileTheOthersStillShareThePass() {
    for (String off : BUDGET_LINE_CODES) {
      ValidationResult r = Validators.programmeYear().without(off).validate(troubled());
      assertThat(r.violations()).extracting(Violation::code).doesNotContain(off);
      assertThat(r.violations()).containsExactlyElementsOf(
          SeparatePassRules.programmeYear().without(off).validate(troubled()).violations());
    }
    ValidationResult none = Validators.programmeYear()
        .without(BUDGET_LINE_CODES.toArray(String[]::new)).validate(troubled());
    assertThat(none.violations()).isEmpty();
  }

  @Test
  void aCustomRuleRunsAfterTheSharedPassRules() {
    ValidationRule<ProgrammeYear> custom = ValidationRule.of("ACME-001",
        y -> List.of(Violation.builder().code("ACME-001").severity(Severity.WARNING).path("year")
            .messageEn("custom").messageNl("eigen").build()));
    ValidationResult r = Validators.programmeYear().with(custom).validate(troubled());
    assertThat(r.violations()).hasSize(12);
    assertThat(r.violations().get(11).code()).isEqualTo("ACME-001");
  }

  @Test
  void validatingTheSameYearTwiceGivesTheSameViolations() {
    Validator<ProgrammeYear> v = Validators.programmeYear();
    ProgrammeYear y = troubled();
    assertThat(v.validate(y).violations()).isEqualTo(v.validate(y).violations());
  }

  @Test
  void everyValidateCallHasARunOfItsOwnSharedByItsRules() {
    List<ValidationRun> seen = new ArrayList<>();
    RunRule<ProgrammeYear> first = RunRule.of("X-1", (y, run) -> {
      seen.add(run);
      return List.of();
    });
    RunRule<ProgrammeYear> second = RunRule.of("X-2", (y, run) -> {
      seen.add(run);
      return List.of();
    });
    Validator<ProgrammeYear> v = Validator.of(List.of(first, second));
    v.validate(troubled());
    v.validate(troubled());
    assertThat(seen).hasSize(4);
    assertThat(seen.get(1)).isSameAs(seen.get(0));
    assertThat(seen.get(3)).isSameAs(seen.get(2));
    assertThat(seen.get(2)).isNotSameAs(seen.get(0));
  }

  @Test
  void aRunRuleCalledOnItsOwnGetsARunOfItsOwn() {
    RunRule<ProgrammeYear> rule = RunRule.of(RuleCodes.NEGATIVE_AMOUNT,
        ProgrammeYearRules::negativeAmounts);
    List<Violation> found = rule.check(troubled());
    assertThat(found).isEqualTo(SeparatePassRules.negativeAmounts(troubled()));
    assertThat(rule.code()).isEqualTo(RuleCodes.NEGATIVE_AMOUNT);
    assertThat(rule).hasToString("ValidationRule " + RuleCodes.NEGATIVE_AMOUNT);
    assertThatThrownBy(() -> found.add(found.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> RunRule.of(null, ProgrammeYearRules::negativeAmounts))
        .isInstanceOf(NullPointerException.class).hasMessage("code");
    assertThatThrownBy(() -> RunRule.<ProgrammeYear>of("X", null))
        .isInstanceOf(NullPointerException.class).hasMessage("check");
  }

  @Test
  void aRunComputesTheBudgetFactsOncePerYear() {
    ValidationRun run = new ValidationRun();
    ProgrammeYear y = troubled();
    BudgetFacts f = run.budgetFacts(y);
    assertThat(run.budgetFacts(y)).isSameAs(f);
    assertThat(f.budget()).isSameAs(y.budget().orElseThrow());
    ProgrammeYear other = ProgrammeYear.builder().from(y)
        .budget(budget(2022, budgetLine("x", Flow.INCOME, CF, "1.00"))).build();
    BudgetFacts g = run.budgetFacts(other);
    assertThat(g.budget()).isSameAs(other.budget().orElseThrow());
    assertThat(g.hasCarriedForwardLine()).isTrue();
    assertThat(run.budgetFacts(other)).isSameAs(g);
    ProgrammeYear noBudget = ProgrammeYear.builder().programme(DTZ).year(2022).build();
    assertThatThrownBy(() -> run.budgetFacts(noBudget))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("budget facts need a programme year with a budget, but "
            + DTZ.id() + " 2022 has none");
  }

  @Test
  void budgetFactsHoldWhatTheRulesNeed() {
    Budget b = troubled().budget().orElseThrow();
    BudgetFacts f = BudgetFacts.of(b, Set.of(DutchTechZone.PROGRAMME_COSTS,
        DutchTechZone.BRANDING), Set.of(SCHEME));
    assertThat(f.negativeLines()).extracting(BudgetLine::id).containsExactly("a", "b", "e");
    assertThat(f.unknownCategoryLines()).extracting(BudgetLine::id).containsExactly("a", "f");
    assertThat(f.schemeLines()).extracting(BudgetLine::id).containsExactly(SCHEME, "e");
    assertThat(f.outOfScopeOnlyCategories()).as("no category watched").isEmpty();
    BudgetFacts watched = BudgetFacts.of(b, Set.of(), Set.of(), Set.of("d", "zz"),
        Set.of(DutchTechZone.BRANDING, "travel", DutchTechZone.PROGRAMME_COSTS, "nowhere"));
    assertThat(watched.outOfScopeOnlyCategories()).containsExactlyInAnyOrder(
        DutchTechZone.BRANDING, "travel");
    assertThat(watched.lineInScope("d")).contains(false);
    assertThat(watched.lineInScope("zz")).isEmpty();
    assertThat(watched.lineInScope("c")).isEmpty();
    assertThat(f.totalIncome()).isEqualTo(b.totalIncome()).isEqualTo(Money.parse("11.00"));
    assertThat(f.totalSpending()).isEqualTo(b.totalSpending())
        .isEqualTo(Money.parse("999999.00"));
    assertThat(f.hasContributionIncome()).isTrue();
    assertThat(f.contributionIncome()).isEqualTo(Money.parse("-5.00"));
    assertThat(f.hasCarriedForwardLine()).isFalse();
  }

  @Test
  void budgetFactsSkipWhatNoRuleWillRead() {
    Budget b = troubled().budget().orElseThrow();
    BudgetFacts f = BudgetFacts.of(b, Set.of(), Set.of());
    assertThat(f.unknownCategoryLines()).isEmpty();
    assertThat(f.schemeLines()).isEmpty();
    assertThat(f.negativeLines()).hasSize(3);
  }

  @Test
  void onlyAnInScopeIncomeLineCountsAsCarriedForwardOrContributions() {
    Budget b = budget(2022, outOfScope(budgetLine("a", Flow.INCOME, CF, "1.00")),
        budgetLine("b", Flow.SPENDING, CF, "1.00"),
        outOfScope(budgetLine("c", Flow.INCOME, CONTRIBUTIONS, "1.00")),
        budgetLine("d", Flow.SPENDING, CONTRIBUTIONS, "1.00"));
    BudgetFacts f = BudgetFacts.of(b, Set.of(), Set.of());
    assertThat(f.hasCarriedForwardLine()).isFalse();
    assertThat(f.hasContributionIncome()).isFalse();
    assertThat(f.contributionIncome()).isEqualTo(Money.ZERO);
    assertThat(f.totalIncome()).isEqualTo(Money.ZERO);
    assertThat(f.totalSpending()).isEqualTo(Money.parse("2.00"));
    BudgetFacts g = BudgetFacts.of(budget(2022, budgetLine("a", Flow.INCOME, CF, "1.00"),
        budgetLine("b", Flow.INCOME, CONTRIBUTIONS, "2.00"),
        budgetLine("c", Flow.INCOME, CONTRIBUTIONS, "3.00")), Set.of(), Set.of());
    assertThat(g.hasCarriedForwardLine()).isTrue();
    assertThat(g.hasContributionIncome()).isTrue();
    assertThat(g.contributionIncome()).isEqualTo(Money.parse("5.00"));
    assertThat(g.totalIncome()).isEqualTo(Money.parse("6.00"));
  }

  @Test
  void aTotalOutsideTheRangeOfMoneyIsAnErrorOfTheRuleNotAFailure() {
    // Adding up in line order passes the range at the second line; the total comes back: exact.
    ProgrammeYear income = ProgrammeYear.builder().programme(DTZ).year(2022)
        .budget(budget(2022, cents("a", Flow.INCOME, "gifts", Long.MAX_VALUE),
            cents("b", Flow.INCOME, "gifts", 1), cents("c", Flow.INCOME, "gifts", -2)))
        .build();
    assertThat(Validators.programmeYear().validate(income).codes())
        .containsExactly(RuleCodes.NEGATIVE_AMOUNT);
    assertThat(outcome(SeparatePassRules.programmeYear(), income))
        .isEqualTo(outcome(Validators.programmeYear(), income));

    ProgrammeYear spending = ProgrammeYear.builder().programme(DTZ).year(2022)
        .budget(budget(2022, cents("a", Flow.SPENDING, DutchTechZone.BRANDING, Long.MIN_VALUE),
            cents("b", Flow.SPENDING, DutchTechZone.BRANDING, -1)))
        .build();
    ValidationResult r = Validators.programmeYear().validate(spending);
    Violation f009 = r.violations(RuleCodes.PLANNED_SPENDING_EXCEEDS_MEANS).get(0);
    assertThat(f009.isError()).isTrue();
    assertThat(f009.path()).isEqualTo("budget[2022].spending");
    assertThat(f009.messageKey()).contains("overflow");
    assertThat(f009.messageEn()).isEqualTo("The figures cannot be checked: total spending of"
        + " budget 2022 is outside the range Money holds, EUR -92233720368547758.08 to"
        + " EUR 92233720368547758.07");
    assertThat(f009.messageNl()).isEqualTo("De cijfers kunnen niet worden gecontroleerd: het"
        + " uitgaventotaal van de begroting voor 2022 valt buiten het bereik van een bedrag,"
        + " € -92.233.720.368.547.758,08 tot € 92.233.720.368.547.758,07");
    assertThat(outcome(SeparatePassRules.programmeYear(), spending)).isEqualTo(r.violations());

    ProgrammeYear contributions = ProgrammeYear.builder().programme(DTZ).year(2022)
        .contributions(contributions2022())
        .budget(budget(2022, cents("a", Flow.INCOME, CONTRIBUTIONS, Long.MAX_VALUE),
            cents("b", Flow.INCOME, CONTRIBUTIONS, Long.MAX_VALUE)))
        .build();
    ValidationResult c = Validators.programmeYear().validate(contributions);
    assertThat(c.violations(RuleCodes.INCOME_VS_CONTRIBUTIONS)).singleElement()
        .satisfies(v -> assertThat(v.messageEn()).contains("total contribution income of budget"
            + " 2022 is outside the range Money holds"));
    assertThat(c.violations(RuleCodes.PLANNED_SPENDING_EXCEEDS_MEANS)).singleElement()
        .satisfies(v -> assertThat(v.messageEn()).contains("total income of budget 2022 is"
            + " outside the range"));
    assertThat(outcome(SeparatePassRules.programmeYear(), contributions))
        .isEqualTo(c.violations());
  }

  @Test
  void outOfScopeLinesDoNotCountTowardsAnOverflow() {
    ProgrammeYear y = ProgrammeYear.builder().programme(DTZ).year(2022)
        .carriedForward(Money.ZERO)
        .budget(budget(2022, cents("a", Flow.INCOME, "gifts", Long.MAX_VALUE),
            outOfScope(cents("b", Flow.INCOME, "gifts", 1)),
            cents("c", Flow.SPENDING, DutchTechZone.BRANDING, Long.MAX_VALUE),
            outOfScope(cents("d", Flow.SPENDING, DutchTechZone.BRANDING, 1))))
        .build();
    assertThat(Validators.programmeYear().validate(y).violations()).isEmpty();
    assertThat(BudgetFacts.of(y.budget().orElseThrow(), Set.of(), Set.of()).totalIncome())
        .isEqualTo(Money.ofCents(Long.MAX_VALUE));
  }

  @Property(tries = 500)
  void theOnePassRulesReportWhatTheSeparatePassesReported(
      @ForAll("years") ProgrammeYear y, @ForAll("switchedOff") List<String> off) {
    Validator<ProgrammeYear> fused = Validators.programmeYear();
    Validator<ProgrammeYear> separate = SeparatePassRules.programmeYear();
    assertThat(outcome(fused, y)).isEqualTo(outcome(separate, y));
    String[] codes = off.toArray(String[]::new);
    assertThat(outcome(fused.without(codes), y)).isEqualTo(outcome(separate.without(codes), y));
    Object found = outcome(fused, y);
    assertThat(found).as("a rule never fails").isInstanceOf(List.class);
    Statistics.label("overflow").collect(found instanceof List<?> l
        && l.stream().anyMatch(v -> ((Violation) v).messageKey().orElse("").equals("overflow")));
    for (String code : BUDGET_LINE_CODES) {
      Statistics.label(code).collect(found instanceof List<?> l
          && l.stream().anyMatch(v -> ((Violation) v).code().equals(code)));
    }
    // The budgets generated must provoke every rule that reads budget lines, and overflows.
    Statistics.label("overflow").coverage(c -> c.check(true).count(n -> n >= 3));
    for (String code : BUDGET_LINE_CODES) {
      Statistics.label(code).coverage(c -> c.check(true).count(n -> n >= 10));
    }
  }

  @Provide
  Arbitrary<List<String>> switchedOff() {
    return Arbitraries.of(BUDGET_LINE_CODES).list().uniqueElements().ofMaxSize(3);
  }

  /** One generated budget line, before it gets its id. */
  private record LineSpec(Flow flow, String category, long planned, Optional<Long> amended,
      boolean inScope, boolean schemeId, boolean categoryAsId) {}

  @Provide
  Arbitrary<ProgrammeYear> years() {
    Arbitrary<Long> amounts = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(20, Arbitraries.longs().between(-10_000, 50_000_000)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE + 1,
            Long.MAX_VALUE / 2 + 1)));
    Arbitrary<LineSpec> lines = Combinators.combine(
        Arbitraries.of(Flow.class),
        Arbitraries.of(DutchTechZone.PROGRAMME_COSTS, DutchTechZone.BRANDING, "catering", CF,
            CONTRIBUTIONS, SCHEME, "gifts", "income-2022"),
        amounts,
        amounts.optional(0.3),
        Arbitraries.of(true, true, true, false),
        Arbitraries.of(false, false, false, false, false, false, false, true),
        Arbitraries.of(false, false, true))
        .as(LineSpec::new);
    Arbitrary<Budget> budgets = Combinators.combine(
        lines.list().ofMinSize(2).ofMaxSize(12), Arbitraries.of(2022, 2022, 2023))
        .as(OnePassValidationTest::budgetOf);
    return Combinators.combine(
        Arbitraries.of(DTZ, NO_SCHEMES, NO_CATEGORIES),
        budgets.optional(0.9),
        Arbitraries.of(true, true, false),
        Arbitraries.of(true, true, false),
        Arbitraries.longs().between(0, 20_000_000).optional(0.5))
        .as((programme, budget, statement, contributions, cf) -> {
          ProgrammeYear.Builder b = ProgrammeYear.builder().programme(programme).year(2022)
              .budget(budget);
          if (statement) {
            b.statement(S2022);
          }
          if (contributions) {
            b.contributions(contributions2022());
          }
          cf.ifPresent(c -> b.carriedForward(Money.ofCents(c)));
          return b.build();
        });
  }

  private static Budget budgetOf(List<LineSpec> specs, int year) {
    List<BudgetLine> out = new ArrayList<>();
    boolean schemeIdUsed = false;
    java.util.Set<String> usedIds = new java.util.HashSet<>();
    for (int i = 0; i < specs.size(); i++) {
      LineSpec s = specs.get(i);
      String id = "l" + i;
      if (s.schemeId() && !schemeIdUsed && !usedIds.contains(SCHEME)) {
        id = SCHEME;
        schemeIdUsed = true;
      } else if (s.categoryAsId() && !usedIds.contains(s.category())) {
        // Statement lines are named after their category: this exercises F011's match by id.
        id = s.category();
      }
      usedIds.add(id);
      BudgetLine.Builder l = BudgetLine.builder().id(id).flow(s.flow())
          .categoryId(s.category()).description(LocalizedText.dutch(id))
          .planned(Money.ofCents(s.planned()));
      s.amended().ifPresent(a -> l.amended(Money.ofCents(a)));
      if (!s.inScope()) {
        l.scope(Scope.OUT_OF_SCOPE).note(LocalizedText.dutch("buiten"));
      }
      out.add(l.build());
    }
    return Budget.builder().year(year).status(BudgetStatus.ESTIMATE).lines(out).build();
  }
}
