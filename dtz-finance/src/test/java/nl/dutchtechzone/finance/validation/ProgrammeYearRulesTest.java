package nl.dutchtechzone.finance.validation;

import static nl.dutchtechzone.finance.validation.StatementAndBudgetRulesTest.budgetLine;
import static nl.dutchtechzone.finance.validation.StatementAndBudgetRulesTest.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.Membership;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.core.plan.Flow;
import nl.dutchtechzone.core.plan.Scope;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.StatementLine;
import nl.dutchtechzone.finance.contribution.ContributionCalculator;
import nl.dutchtechzone.finance.contribution.ContributionLine;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.contribution.FigureStatus;
import nl.dutchtechzone.finance.contribution.InhabitantRegister;
import nl.dutchtechzone.finance.reference.ReferenceScheme;
import nl.dutchtechzone.finance.testing.Illustrative;
import org.junit.jupiter.api.Test;

class ProgrammeYearRulesTest {

  private static final Programme DTZ = DutchTechZone.programme();
  private static final FinancialStatement S2022 =
      DutchTechZone.report2022().statement().orElseThrow();

  private static ContributionStatement contributions2022() {
    return ContributionCalculator.of(ReferenceScheme.dutchTechZone(),
        Illustrative.registerWith2022(FigureStatus.FINAL)).calculate(DTZ, 2022);
  }

  private static ProgrammeYear.Builder year2022() {
    return ProgrammeYear.builder().programme(DTZ).year(2022);
  }

  private static ValidationResult validate(ProgrammeYear y) {
    return Validators.programmeYear().validate(y);
  }

  private static Budget budget(int year, BudgetLine... lines) {
    return Budget.builder().year(year).status(BudgetStatus.ESTIMATE).addLines(lines).build();
  }

  @Test
  void aWholeConsistentYearIsClean() {
    ProgrammeYear y = year2022().statement(S2022).statedClosing(Money.parse("102121.79"))
        .contributions(contributions2022())
        .register(Illustrative.registerWith2022(FigureStatus.FINAL))
        .budget(budget(2022, budgetLine("in", Flow.INCOME, "contributions", "259000.00"),
            budgetLine("out", Flow.SPENDING, "programme-costs", "389500.00")))
        .build();
    assertThat(validate(y).violations()).isEmpty();
    assertThat(Validators.programmeYear().codes()).hasSize(17);
  }

  @Test
  void reportsAStatedClosingThatBreaksTheIdentity() {
    ValidationResult r = validate(year2022().statement(S2022)
        .statedClosing(Money.parse("102121.97")).build());
    assertThat(r.violations()).hasSize(1);
    Violation v = r.violations().get(0);
    assertThat(v.code()).isEqualTo(RuleCodes.STATEMENT_IDENTITY);
    assertThat(v.path()).isEqualTo("year[2022].statedClosing");
    assertThat(v.expected()).contains(Money.parse("102121.79"));
    assertThat(v.actual()).contains(Money.parse("102121.97"));
    assertThat(v.messageEn()).contains("EUR 130500.00").contains("EUR 261089.00")
        .contains("EUR 289467.21").contains("EUR 102121.79");
    assertThat(v.messageNl()).contains("€ 102.121,79").contains("€ 102.121,97");
  }

  @Test
  void reportsABreakWithThePreviousYear() {
    FinancialStatement s2023 = FinancialStatement.builder().year(2023)
        .carriedForward(Money.parse("102121.00")).statedSpendingTotal(Money.ZERO).build();
    ValidationResult r = validate(ProgrammeYear.builder().programme(DTZ).year(2023)
        .statement(s2023).previousStatement(S2022).build());
    assertThat(r.violations()).hasSize(1);
    Violation v = r.violations().get(0);
    assertThat(v.code()).isEqualTo(RuleCodes.ROLL_FORWARD_BREAK);
    assertThat(v.path()).isEqualTo("statement[2023].carriedForward");
    assertThat(v.expected()).contains(Money.parse("102121.79"));
    assertThat(v.actual()).contains(Money.parse("102121.00"));
    assertThat(v.messageEn()).contains("EUR 102121.79").contains("EUR 102121.00");
    assertThat(v.messageNl()).contains("€ 102.121,79").contains("€ 102.121,00")
        .contains("€ -0,79");
    FinancialStatement fine = FinancialStatement.builder().from(s2023)
        .carriedForward(Money.parse("102121.79")).build();
    assertThat(validate(ProgrammeYear.builder().programme(DTZ).year(2023).statement(fine)
        .previousStatement(S2022).build()).hasNoViolations()).isTrue();
  }

  @Test
  void reportsAGapAndAPreviousStatementOfTheWrongYear() {
    FinancialStatement s2021 = FinancialStatement.builder().from(S2022).year(2021).build();
    FinancialStatement s2023 = FinancialStatement.builder().year(2023)
        .carriedForward(Money.ZERO).statedSpendingTotal(Money.ZERO).build();
    ValidationResult r = validate(ProgrammeYear.builder().programme(DTZ).year(2023)
        .statement(s2023).previousStatement(s2021).build());
    assertThat(r.codes()).containsExactly(RuleCodes.ROLL_FORWARD_BREAK,
        RuleCodes.PERIOD_MISMATCH);
    assertThat(r.violations(RuleCodes.ROLL_FORWARD_BREAK).get(0).messageEn())
        .contains("no balance between 2021 and 2023");
    assertThat(r.violations(RuleCodes.ROLL_FORWARD_BREAK).get(0).messageNl())
        .contains("onderbroken");
  }

  @Test
  void reportsContributionIncomeThatDiffersFromWhatIsOwed() {
    FinancialStatement s = FinancialStatement.builder().from(S2022).income(List.of(
        StatementLine.builder().id("contrib").categoryId("contributions")
            .label(LocalizedText.dutch("bijdragen")).amount(Money.parse("258999.00")).build(),
        line("province", "2090.00"))).build();
    ValidationResult r = validate(year2022().statement(s).contributions(contributions2022())
        .build());
    assertThat(r.violations()).hasSize(1);
    Violation v = r.violations().get(0);
    assertThat(v.code()).isEqualTo(RuleCodes.INCOME_VS_CONTRIBUTIONS);
    assertThat(v.severity()).isEqualTo(Severity.ERROR);
    assertThat(v.expected()).contains(Money.parse("259000.00"));
    assertThat(v.actual()).contains(Money.parse("258999.00"));
    assertThat(v.messageNl()).contains("€ 259.000,00").contains("€ 258.999,00");
  }

  @Test
  void warnsWhenTotalIncomeIsBelowTheContributionsOwed() {
    FinancialStatement s = FinancialStatement.builder().from(S2022)
        .income(List.of(line("income", "1000.00"))).build();
    ValidationResult r = validate(year2022().statement(s).contributions(contributions2022())
        .build());
    assertThat(r.violations()).extracting(Violation::code, Violation::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            RuleCodes.INCOME_VS_CONTRIBUTIONS, Severity.WARNING));
    assertThat(validate(year2022().statement(S2022).contributions(contributions2022())
        .build()).hasNoViolations()).isTrue();
  }

  @Test
  void warnsWhenTheBudgetExpectsOtherContributionsThanOwed() {
    Budget b = budget(2022, budgetLine("in", Flow.INCOME, "contributions", "250000.00"),
        budgetLine("other", Flow.INCOME, "province", "1.00"));
    ValidationResult r = validate(year2022().budget(b).contributions(contributions2022())
        .carriedForward(Money.ZERO).build());
    assertThat(r.violations()).extracting(Violation::code, Violation::path).containsExactly(
        org.assertj.core.groups.Tuple.tuple(RuleCodes.INCOME_VS_CONTRIBUTIONS,
            "budget[2022].income"));
    assertThat(r.violations().get(0).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void reportsPlannedSpendingAboveCarriedForwardPlusIncome() {
    Budget b = budget(2023, budgetLine("in", Flow.INCOME, "contributions", "259000.00"),
        budgetLine("out", Flow.SPENDING, "programme-costs", "361121.80"));
    ProgrammeYear y = ProgrammeYear.builder().programme(DTZ).year(2023).budget(b)
        .previousStatement(S2022).build();
    assertThat(y.knownCarriedForward()).contains(Money.parse("102121.79"));
    ValidationResult r = validate(y);
    assertThat(r.violations()).hasSize(1);
    Violation v = r.violations().get(0);
    assertThat(v.code()).isEqualTo(RuleCodes.PLANNED_SPENDING_EXCEEDS_MEANS);
    assertThat(v.path()).isEqualTo("budget[2023].spending");
    assertThat(v.expected()).contains(Money.parse("361121.79"));
    assertThat(v.actual()).contains(Money.parse("361121.80"));
    assertThat(v.messageEn()).contains("short EUR 0.01").doesNotContain("unknown");
    assertThat(v.messageNl()).contains("tekort € 0,01");

    Budget exact = budget(2023, budgetLine("in", Flow.INCOME, "contributions", "259000.00"),
        budgetLine("out", Flow.SPENDING, "programme-costs", "361121.79"));
    assertThat(validate(ProgrammeYear.builder().from(y).budget(exact).build())
        .hasNoViolations()).isTrue();
  }

  @Test
  void saysWhenTheCarriedForwardIsUnknownOrTakesItFromABudgetLine() {
    Budget b = budget(2023, budgetLine("out", Flow.SPENDING, "programme-costs", "10.00"));
    ProgrammeYear unknown = ProgrammeYear.builder().programme(DTZ).year(2023).budget(b).build();
    assertThat(unknown.knownCarriedForward()).isEmpty();
    assertThat(validate(unknown).violations().get(0).messageEn())
        .contains("carried forward unknown");
    assertThat(validate(unknown).violations().get(0).messageNl())
        .contains("doorgeschoven bedrag onbekend");

    Budget withLine = budget(2023, budgetLine("cf", Flow.INCOME, "carried-forward", "10.00"),
        budgetLine("out", Flow.SPENDING, "programme-costs", "10.00"));
    ProgrammeYear counted = ProgrammeYear.builder().programme(DTZ).year(2023).budget(withLine)
        .carriedForward(Money.ofEuros(1_000_000)).build();
    assertThat(validate(counted).hasNoViolations()).isTrue();
    Budget over = budget(2023, budgetLine("cf", Flow.INCOME, "carried-forward", "10.00"),
        budgetLine("out", Flow.SPENDING, "programme-costs", "10.01"));
    assertThat(validate(ProgrammeYear.builder().from(counted).budget(over).build()).codes())
        .containsExactly(RuleCodes.PLANNED_SPENDING_EXCEEDS_MEANS);
  }

  @Test
  void knownCarriedForwardPrefersExplicitThenStatementThenPreviousClosing() {
    ProgrammeYear explicit = year2022().carriedForward(Money.ofEuros(1)).statement(S2022)
        .build();
    assertThat(explicit.knownCarriedForward()).contains(Money.ofEuros(1));
    assertThat(year2022().statement(S2022).previousStatement(S2022).build()
        .knownCarriedForward()).contains(Money.parse("130500.00"));
  }

  @Test
  void reportsAnOutOfScopeLineCountedInTheStatement() {
    BudgetLine network = BudgetLine.builder()
        .from(budgetLine("network", Flow.INCOME, "network-plan", "50000.00"))
        .scope(Scope.OUT_OF_SCOPE).note(LocalizedText.dutch("netwerk- en verbindingsplan"))
        .build();
    FinancialStatement s = FinancialStatement.builder().from(S2022).addIncome(
        StatementLine.builder().id("network-income").categoryId("network-plan")
            .label(LocalizedText.dutch("netwerkplan")).amount(Money.parse("50000.00")).build())
        .build();
    ValidationResult r = validate(year2022().statement(s).budget(budget(2022, network))
        .build());
    assertThat(r.violations()).hasSize(1);
    Violation v = r.violations().get(0);
    assertThat(v.code()).isEqualTo(RuleCodes.OUT_OF_SCOPE_COUNTED);
    assertThat(v.path()).isEqualTo("statement[2022].lines[network-income]");
    assertThat(v.messageEn()).contains("network-plan").contains("EUR 50000.00");
    assertThat(v.messageNl()).contains("€ 50.000,00");
    assertThat(validate(year2022().statement(S2022).budget(budget(2022, network)).build())
        .hasNoViolations()).isTrue();
  }

  @Test
  void scopeBelongsToABudgetLineNotToItsCategory() {
    // Issue 11.1: an out-of-scope line sharing category 'projects' with in-scope lines made the
    // in-scope statement line 'projects' a DTZ-F011 error.
    BudgetLine network = BudgetLine.builder()
        .from(budgetLine("network", Flow.SPENDING, DutchTechZone.PROJECTS, "50000.00"))
        .scope(Scope.OUT_OF_SCOPE).note(LocalizedText.dutch("netwerk- en verbindingsplan"))
        .build();
    BudgetLine projects = budgetLine("projects", Flow.SPENDING, DutchTechZone.PROJECTS,
        "52480.10");
    BudgetLine other = budgetLine("other-projects", Flow.SPENDING, DutchTechZone.PROJECTS,
        "1000.00");
    assertThat(validate(year2022().statement(S2022).budget(budget(2022, network, projects))
        .build()).has(RuleCodes.OUT_OF_SCOPE_COUNTED)).isFalse();
    // Matched by category only (no budget line 'projects'): in scope while one line of the
    // category is.
    assertThat(validate(year2022().statement(S2022).budget(budget(2022, network, other))
        .build()).has(RuleCodes.OUT_OF_SCOPE_COUNTED)).isFalse();

    // The statement line with the id of an out-of-scope budget line is counted: an error.
    BudgetLine projectsOut = BudgetLine.builder().from(projects).scope(Scope.OUT_OF_SCOPE)
        .note(LocalizedText.dutch("buiten")).build();
    ValidationResult r = validate(year2022().statement(S2022)
        .budget(budget(2022, projectsOut, other)).build());
    assertThat(r.violations(RuleCodes.OUT_OF_SCOPE_COUNTED)).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("statement[2022].lines[projects]");
      assertThat(v.actual()).contains(Money.parse("31016.66"));
      assertThat(v.messageEn()).isEqualTo("Line 'projects' (EUR 31016.66) is counted in the"
          + " totals of 2022, but budget line 'projects' of 2022 is out of scope");
      assertThat(v.messageNl()).isEqualTo("Regel 'projects' (€ 31.016,66) telt mee in de"
          + " totalen van 2022, maar begrotingsregel 'projects' van 2022 valt buiten de"
          + " begroting");
    });
  }

  @Test
  void reportsSchemeMoneyCountedAsProgrammeMoney() {
    FinancialStatement s = FinancialStatement.builder().from(S2022).addIncome(
        StatementLine.builder().id("scheme-release").categoryId("bedrijvenregeling-dtz")
            .label(LocalizedText.dutch("vrijval")).amount(Money.ofEuros(1_400_000)).build())
        .build();
    Budget b = budget(2022, budgetLine("bedrijvenregeling-dtz", Flow.INCOME, "province",
        "10.00"), budgetLine("scheme", Flow.INCOME, "bedrijvenregeling-dtz", "20.00"));
    ValidationResult r = validate(year2022().statement(s).budget(b)
        .carriedForward(Money.ZERO).build());
    assertThat(r.violations(RuleCodes.SCHEME_MONEY_AS_PROGRAMME_MONEY))
        .extracting(Violation::path).containsExactly(
            "statement[2022].lines[scheme-release]", "budget[2022].lines[bedrijvenregeling-dtz]",
            "budget[2022].lines[scheme]");
    Violation v = r.violations(RuleCodes.SCHEME_MONEY_AS_PROGRAMME_MONEY).get(0);
    assertThat(v.messageEn()).contains("EUR 1400000.00").contains("bedrijvenregeling-dtz");
    assertThat(v.messageNl()).contains("€ 1.400.000,00");
    assertThat(r.codes()).containsExactly(RuleCodes.SCHEME_MONEY_AS_PROGRAMME_MONEY);

    BudgetLine excluded = BudgetLine.builder().from(budgetLine("scheme", Flow.INCOME,
        "bedrijvenregeling-dtz", "20.00")).scope(Scope.OUT_OF_SCOPE)
        .note(LocalizedText.dutch("regeling")).build();
    assertThat(validate(year2022().budget(budget(2022, excluded)).build()).hasNoViolations())
        .isTrue();
    Programme noSchemes = Programme.builder().from(DTZ).relatedProgrammes(List.of()).build();
    assertThat(validate(ProgrammeYear.builder().programme(noSchemes).year(2022).statement(s)
        .build()).hasNoViolations()).isTrue();
  }

  @Test
  void reportsUnknownCategoriesPartnersAndProgrammes() {
    FinancialStatement s = FinancialStatement.builder().from(S2022).spending(List.of(
        StatementLine.builder().id("x").categoryId("travel").label(LocalizedText.dutch("reis"))
            .amount(Money.parse("289467.21")).build())).build();
    Budget b = budget(2022, budgetLine("y", Flow.SPENDING, "catering", "1.00"),
        budgetLine("z", Flow.INCOME, "anything", "1.00"));
    ContributionStatement c = contributions2022();
    ContributionStatement foreign = ContributionStatement.builder().from(c).programmeId("other")
        .addLines(ContributionLine.builder().from(c.lines().get(0)).partnerId("nobody")
            .cbsCode(nl.dutchtechzone.core.MunicipalityCode.of("GM9999")).build())
        .build();
    ValidationResult r = validate(year2022().statement(s).budget(b).contributions(foreign)
        .build());
    assertThat(r.violations(RuleCodes.UNKNOWN_ID)).extracting(Violation::path).containsExactly(
        "statement[2022].spending[x].categoryId", "budget[2022].lines[y].categoryId",
        "contributions[2022].programmeId", "contributions[2022].lines[nobody].partnerId");
    assertThat(r.violations(RuleCodes.UNKNOWN_ID).get(0).messageEn()).contains("travel")
        .contains("branding, office-housing-and-support, programme-costs, projects");
    assertThat(r.violations(RuleCodes.UNKNOWN_ID).get(3).messageNl()).contains("nobody");
    Programme noCategories = Programme.builder().from(DTZ).costCategories(List.of()).build();
    assertThat(validate(ProgrammeYear.builder().programme(noCategories).year(2022)
        .statement(s).build()).hasNoViolations()).isTrue();
  }

  @Test
  void reportsPayersThatAreNotMembersAndMembersNotCharged() {
    Programme p = Programme.builder().from(DTZ).memberships(List.of(
        Membership.since("emmen", 2022), Membership.since("coevorden", 2023),
        Membership.since("hoogeveen", 2022), Membership.since("provincie-drenthe", 2022)))
        .addPartners(Partner.municipality("borger-odoorn", "Borger-Odoorn", "GM1681"))
        .build();
    p = Programme.builder().from(p).addMemberships(Membership.since("borger-odoorn", 2022))
        .build();
    ContributionStatement c = contributions2022();
    ValidationResult r = validate(ProgrammeYear.builder().programme(p).year(2022)
        .contributions(c).build());
    assertThat(r.violations(RuleCodes.PAYER_NOT_A_MEMBER)).extracting(Violation::path)
        .containsExactly("contributions[2022].lines[coevorden]",
            "contributions[2022].lines[hardenberg]");
    Violation notMember = r.violations(RuleCodes.PAYER_NOT_A_MEMBER).get(0);
    assertThat(notMember.actual()).contains(Money.ofEuros(35_000));
    assertThat(notMember.messageEn()).contains("Coevorden").contains("EUR 35000.00");
    assertThat(notMember.messageNl()).contains("€ 35.000,00");
    assertThat(r.violations(RuleCodes.MEMBER_NOT_CHARGED)).hasSize(1);
    assertThat(r.violations(RuleCodes.MEMBER_NOT_CHARGED).get(0).messageEn())
        .contains("Borger-Odoorn");
    assertThat(r.violations(RuleCodes.MEMBER_NOT_CHARGED).get(0).messageNl())
        .contains("Borger-Odoorn");
  }

  @Test
  void reportsPartsOfAnotherYear() {
    Budget b2023 = budget(2023);
    ContributionStatement c = contributions2022();
    ValidationResult r = validate(ProgrammeYear.builder().programme(DTZ).year(2023)
        .statement(S2022).budget(b2023).contributions(c).build());
    assertThat(r.violations(RuleCodes.PERIOD_MISMATCH)).extracting(Violation::path)
        .containsExactly("statement[2022]", "contributions[2022]");
    assertThat(r.violations(RuleCodes.PERIOD_MISMATCH).get(0).messageEn())
        .isEqualTo("The financial statement is for 2022, expected 2023");
    assertThat(r.violations(RuleCodes.PERIOD_MISMATCH).get(1).messageNl())
        .isEqualTo("De bijdrageopgave is voor 2022, verwacht 2023");
    ValidationResult budgetOff = validate(year2022().budget(b2023).build());
    assertThat(budgetOff.violations(RuleCodes.PERIOD_MISMATCH).get(0).messageNl())
        .isEqualTo("De begroting is voor 2023, verwacht 2022");
  }

  @Test
  void appliesStatementContributionAndRegisterRulesToTheParts() {
    ContributionStatement c = contributions2022();
    ContributionStatement wrong = ContributionStatement.builder().from(c)
        .status(BudgetStatus.ESTIMATE)
        .lines(List.of(ContributionLine.builder().from(c.lines().get(0))
            .amount(Money.parse("-1.00")).figureStatus(FigureStatus.PROVISIONAL).build()))
        .build();
    InhabitantRegister register = Illustrative.registerWith2022(FigureStatus.FINAL);
    ValidationResult r = validate(year2022()
        .statement(ReferenceReportValidationTest.oneCentOff())
        .contributions(wrong).register(register).build());
    assertThat(r.codes()).contains(RuleCodes.NEGATIVE_AMOUNT, RuleCodes.SPENDING_SUM_MISMATCH,
        RuleCodes.CONTRIBUTION_AMOUNT, RuleCodes.ESTIMATE_WHERE_FINAL_EXISTS,
        RuleCodes.MEMBER_NOT_CHARGED);
    ContributionStatement dup = ContributionStatement.builder().from(c)
        .addLines(c.lines().get(0)).build();
    assertThat(validate(year2022().contributions(dup).build()).codes())
        .containsExactly(RuleCodes.DUPLICATE_ID);
    ContributionStatement finalWithProvisional = ContributionStatement.builder().from(c)
        .lines(List.of(ContributionLine.builder().from(c.lines().get(0))
            .figureStatus(FigureStatus.PROVISIONAL).build()))
        .build();
    assertThat(validate(year2022().contributions(finalWithProvisional).build()).codes())
        .contains(RuleCodes.CONTRIBUTION_STATUS);
    FinancialStatement income = FinancialStatement.builder().from(S2022)
        .statedIncomeTotal(Money.ZERO).build();
    assertThat(validate(year2022().statement(income).build()).codes())
        .containsExactly(RuleCodes.INCOME_SUM_MISMATCH);
    Budget negative = budget(2022, budgetLine("b", Flow.SPENDING, "branding", "-1.00"));
    assertThat(validate(year2022().budget(negative).carriedForward(Money.ZERO).build())
        .codes()).containsExactly(RuleCodes.NEGATIVE_AMOUNT);
  }

  @Test
  void checksEachPartItHas() {
    FinancialStatement negative = FinancialStatement.builder().from(S2022)
        .statedSpendingTotal(Money.parse("-1.00")).build();
    assertThat(validate(year2022().statement(negative).build())
        .violations(RuleCodes.NEGATIVE_AMOUNT)).extracting(Violation::path)
        .containsExactly("statement[2022].statedSpendingTotal");
    ContributionStatement c = contributions2022();
    ContributionStatement otherDate = ContributionStatement.builder().from(c)
        .referenceDate(java.time.LocalDate.of(2022, 2, 1)).build();
    assertThat(validate(year2022().contributions(otherDate).build())
        .violations(RuleCodes.PERIOD_MISMATCH)).hasSize(4);
    FinancialStatement s2021 = FinancialStatement.builder().from(S2022).year(2021).build();
    assertThat(validate(ProgrammeYear.builder().programme(DTZ).year(2023)
        .previousStatement(s2021).build()).violations(RuleCodes.PERIOD_MISMATCH).get(0)
        .messageEn()).isEqualTo("The previous financial statement is for 2021, expected 2022");
    Budget onlyOtherIncome = budget(2022, budgetLine("p", Flow.INCOME, "province",
        "300000.00"));
    assertThat(validate(year2022().budget(onlyOtherIncome).contributions(c).build())
        .hasNoViolations()).isTrue();
    FinancialStatement dealLine = FinancialStatement.builder().from(S2022).addIncome(
        StatementLine.builder().id("deal").categoryId("regio-deal-zuid-en-oost-drenthe")
            .label(LocalizedText.dutch("regio deal")).amount(Money.ofEuros(1)).build()).build();
    assertThat(validate(year2022().statement(dealLine).build()).hasNoViolations()).isTrue();
    Budget schemeCategory = budget(2022, budgetLine("scheme", Flow.INCOME,
        "bedrijvenregeling-dtz", "20.00"));
    assertThat(validate(year2022().budget(schemeCategory).build())
        .violations(RuleCodes.SCHEME_MONEY_AS_PROGRAMME_MONEY).get(0).messageEn())
        .contains("Line 'scheme'").contains("scheme 'bedrijvenregeling-dtz'");
  }

  @Test
  void buildsFromAReportOrAPlan() {
    ProgrammeYear fromPlan = ProgrammeYear.of(DTZ, DutchTechZone.plan2023());
    assertThat(fromPlan.year()).isEqualTo(2023);
    assertThat(fromPlan.budget()).isPresent();
    assertThat(validate(fromPlan).hasNoViolations()).isTrue();
    ProgrammeYear fromReport = ProgrammeYear.of(DTZ, DutchTechZone.report2022());
    assertThat(fromReport.statement()).contains(S2022);
  }

  @Test
  void isNullPointerClean() {
    new NullPointerTester().setDefault(Programme.class, DTZ)
        .setDefault(nl.dutchtechzone.core.plan.AnnualPlan.class, DutchTechZone.plan2023())
        .setDefault(nl.dutchtechzone.core.report.AnnualReport.class, DutchTechZone.report2022())
        .testAllPublicStaticMethods(ProgrammeYear.class);
  }
}
