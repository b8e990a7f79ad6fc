package nl.dutchtechzone.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.ActionPoint;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.core.plan.Flow;
import nl.dutchtechzone.core.plan.InvestmentTheme;
import nl.dutchtechzone.core.plan.Scope;
import nl.dutchtechzone.core.plan.Target;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.core.report.Activity;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.StatementLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelInvariantsTest {

  private static final LocalizedText TEXT = LocalizedText.dutch("tekst");

  @ParameterizedTest
  @ValueSource(strings = {"GM114", "gm0114", "GM01145", "XX0114", "GM 0114", ""})
  void rejectsMalformedMunicipalityCodes(String code) {
    assertThatThrownBy(() -> MunicipalityCode.of(code))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + code + "'")
        .hasMessageContaining("GM");
  }

  @Test
  void municipalitiesNeedACodeAndOthersHaveNone() {
    assertThatThrownBy(() -> Partner.builder().id("emmen").name("Emmen")
        .kind(PartnerKind.MUNICIPALITY).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cbsCode").hasMessageContaining("emmen");
    assertThatThrownBy(() -> Partner.builder().id("drenthe").name("Drenthe")
        .kind(PartnerKind.PROVINCE).cbsCode(MunicipalityCode.of("GM0114")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cbsCode").hasMessageContaining("PROVINCE");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "-leading", "with space", "a/b", "ü"})
  void rejectsMalformedIds(String id) {
    assertThatThrownBy(() -> Partner.of(id, "Naam", PartnerKind.COMPANY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Partner.id")
        .hasMessageContaining("'" + id + "'");
  }

  @Test
  void membershipCoversItsYears() {
    Membership m = Membership.between("emmen", 2022, 2024);
    assertThat(m.isMemberIn(2021)).isFalse();
    assertThat(m.isMemberIn(2022)).isTrue();
    assertThat(m.isMemberIn(2024)).isTrue();
    assertThat(m.isMemberIn(2025)).isFalse();
    assertThat(Membership.since("emmen", 2022).isMemberIn(2100)).isTrue();
    assertThatThrownBy(() -> Membership.between("emmen", 2024, 2022))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lastYear").hasMessageContaining("2022");
    assertThatThrownBy(() -> Membership.since("emmen", 22))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fromYear").hasMessageContaining("22");
  }

  @Test
  void partnersJoiningLaterPayFromTheirFirstYear() {
    Programme base = DutchTechZone.programme();
    Programme withBorgerOdoorn = Programme.builder().from(base)
        .addPartners(Partner.municipality("borger-odoorn", "Borger-Odoorn", "GM1681"))
        .addMemberships(Membership.since("borger-odoorn", 2024))
        .build();
    assertThat(withBorgerOdoorn.municipalitiesIn(2023)).hasSize(4);
    assertThat(withBorgerOdoorn.municipalitiesIn(2024)).extracting(Partner::id)
        .contains("borger-odoorn").hasSize(5);
  }

  @Test
  void programmeRejectsDanglingAndDuplicateReferences() {
    Programme base = DutchTechZone.programme();
    assertThatThrownBy(() -> Programme.builder().from(base)
        .addMemberships(Membership.since("nobody", 2022)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown partner 'nobody'");
    assertThatThrownBy(() -> Programme.builder().from(base)
        .addPartners(Partner.of("emmen", "Emmen bis", PartnerKind.COMPANY)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'emmen' occurs more than once");
    assertThatThrownBy(() -> Programme.builder().from(base)
        .addPartners(Partner.municipality("emmen2", "Emmen", "GM0114")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GM0114");
    assertThatThrownBy(() -> Programme.builder().from(base)
        .office(ProgrammeOffice.of("provincie-drenthe", true)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be a municipality");
    assertThatThrownBy(() -> Programme.builder().from(base)
        .addMemberships(Membership.since("emmen", 2023)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overlap");
    assertThatThrownBy(() -> base.requirePartner("nobody"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'nobody'").hasMessageContaining("emmen");
  }

  @Test
  void planYearMustLieInItsStrategicPeriod() {
    assertThatThrownBy(() -> AnnualPlan.builder().from(DutchTechZone.plan2023())
        .year(2026).budget(java.util.Optional.empty()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2022-2025").hasMessageContaining("2026");
  }

  @Test
  void actionIdsAreUniqueAcrossThePlan() {
    AnnualPlan plan = DutchTechZone.plan2023();
    InvestmentTheme extra = InvestmentTheme.builder().id("extra").title(TEXT)
        .addActions(ActionPoint.builder().id("2023.1.1").text(TEXT).build()).build();
    assertThatThrownBy(() -> AnnualPlan.builder().from(plan).addThemes(extra).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'2023.1.1' occurs more than once");
  }

  @Test
  void actionsMayOnlyNameHeadingsOfTheirOwnTheme() {
    AnnualPlan plan = DutchTechZone.plan2023();
    InvestmentTheme wrong = InvestmentTheme.builder().id("extra").title(TEXT)
        .addActions(ActionPoint.builder().id("x1").text(TEXT)
            .addHeadingIds("dtz-in-figures").build()).build();
    assertThatThrownBy(() -> AnnualPlan.builder().from(plan).addThemes(wrong).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("heading 'dtz-in-figures' of theme 'entrepreneurship'");
    InvestmentTheme unknown = InvestmentTheme.builder().id("extra").title(TEXT)
        .addActions(ActionPoint.builder().id("x1").text(TEXT).addHeadingIds("nope").build())
        .build();
    assertThatThrownBy(() -> AnnualPlan.builder().from(plan).addThemes(unknown).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown heading 'nope'");
  }

  @Test
  void budgetTotalsCountOnlyLinesInScope() {
    BudgetLine contributions = BudgetLine.builder().id("bijdragen").flow(Flow.INCOME)
        .categoryId("contributions").description(TEXT).planned(Money.ofEuros(260_000)).build();
    BudgetLine programme = BudgetLine.builder().id("programma").flow(Flow.SPENDING)
        .categoryId("programme-costs").description(TEXT).planned(Money.ofEuros(200_000))
        .amended(Money.ofEuros(210_000)).build();
    BudgetLine network = BudgetLine.builder().id("netwerkplan").flow(Flow.SPENDING)
        .categoryId("projects").description(TEXT).planned(Money.ofEuros(50_000))
        .scope(Scope.OUT_OF_SCOPE)
        .note(LocalizedText.of("geoormerkt", "ring-fenced")).build();
    Budget budget = Budget.builder().year(2023).status(BudgetStatus.ESTIMATE)
        .addLines(contributions, programme, network).build();
    assertThat(budget.totalIncome()).isEqualTo(Money.ofEuros(260_000));
    assertThat(budget.totalSpending()).isEqualTo(Money.ofEuros(210_000));
    assertThat(budget.outOfScope()).containsExactly(network);
    assertThat(programme.current()).isEqualTo(Money.ofEuros(210_000));
    assertThatThrownBy(() -> BudgetLine.builder().from(network).note(java.util.Optional.empty())
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out-of-scope");
  }

  @Test
  void statementsHoldWhatWasPrintedEvenIfItDoesNotAddUp() {
    FinancialStatement printed = DutchTechZone.report2022().statement().orElseThrow();
    FinancialStatement offByOneCent = FinancialStatement.builder().from(printed)
        .statedSpendingTotal(printed.statedSpendingTotal().plus(Money.ofCents(1))).build();
    assertThat(offByOneCent.spendingSum()).isNotEqualTo(offByOneCent.statedSpendingTotal());
    assertThatThrownBy(() -> FinancialStatement.builder().from(printed)
        .addSpending(StatementLine.builder().id("branding").label(TEXT).amount(Money.ZERO)
            .build()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'branding' occurs more than once");
  }

  @Test
  void totalsOutsideTheRangeOfMoneyNameWhatOverflowed() {
    BudgetLine big = BudgetLine.builder().id("a").flow(Flow.SPENDING).categoryId("projects")
        .description(TEXT).planned(Money.MAX).build();
    BudgetLine more = BudgetLine.builder().from(big).id("b").planned(Money.ofCents(1)).build();
    BudgetLine back = BudgetLine.builder().from(big).id("c").planned(Money.ofCents(-1)).build();
    Budget over = Budget.builder().year(2023).status(BudgetStatus.ESTIMATE)
        .addLines(big, more).build();
    assertThatThrownBy(over::totalSpending)
        .isInstanceOf(nl.dutchtechzone.core.money.MoneyOverflowException.class)
        .hasMessageStartingWith("total spending of budget 2023 is too large");
    // Exact: a partial sum beyond the range is fine if the total comes back into it.
    assertThat(Budget.builder().from(over).addLines(back).build().totalSpending())
        .isEqualTo(Money.MAX);
    FinancialStatement printed = DutchTechZone.report2022().statement().orElseThrow();
    FinancialStatement huge = FinancialStatement.builder().from(printed)
        .addSpending(StatementLine.builder().id("huge").label(TEXT).amount(Money.MAX).build())
        .addIncome(StatementLine.builder().id("huge-in").label(TEXT).amount(Money.MAX).build())
        .build();
    assertThatThrownBy(huge::spendingSum)
        .isInstanceOf(nl.dutchtechzone.core.money.MoneyOverflowException.class)
        .hasMessageStartingWith("total spending of the statement of 2022 is too large");
    assertThatThrownBy(huge::incomeSum)
        .isInstanceOf(nl.dutchtechzone.core.money.MoneyOverflowException.class)
        .hasMessageStartingWith("total income of the statement of 2022 is too large");
  }

  @Test
  void reportItemsHaveUniqueIdsAndKnownAims() {
    AnnualReport report = DutchTechZone.report2022();
    assertThatThrownBy(() -> AnnualReport.builder().from(report)
        .addActivities(Activity.builder().id("2022.online").title(TEXT).build()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'2022.online' occurs more than once");
    assertThatThrownBy(() -> AnnualReport.builder().from(report)
        .addActivities(Activity.builder().id("new").title(TEXT).addAimIds("fame").build())
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown aim 'fame'");
    assertThat(report.item("2022.a12")).isPresent();
    assertThat(report.item("nope")).isEmpty();
  }

  @Test
  void targetsAndIndicatorValuesAreNotNegative() {
    assertThatThrownBy(() -> Target.of("meetings", new BigDecimal("-1"), "count"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Target.value").hasMessageContaining("-1");
  }

  @Test
  void localizedTextFallsBackToDutchOnlyWhenNoEnglishExists() {
    assertThat(LocalizedText.of("gemeente", "municipality").in(Locale.ENGLISH))
        .isEqualTo("municipality");
    assertThat(LocalizedText.of("gemeente", "municipality").in(new Locale("nl")))
        .isEqualTo("gemeente");
    assertThat(LocalizedText.dutch("gemeente").in(Locale.ENGLISH)).isEqualTo("gemeente");
    // Any other language gets the English reading, as every text dtz lacks falls back to English.
    assertThat(LocalizedText.of("gemeente", "municipality").in(Locale.GERMAN))
        .isEqualTo("municipality");
    assertThat(LocalizedText.of("gemeente", "municipality").in(new Locale("nl", "BE")))
        .isEqualTo("gemeente");
    assertThat(LocalizedText.dutch("gemeente").in(Locale.GERMAN)).isEqualTo("gemeente");
    assertThatThrownBy(() -> LocalizedText.of(" ", "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nl");
  }

  @Test
  void valueTypesHaveValueEquality() {
    new EqualsTester()
        .addEqualityGroup(MunicipalityCode.of("GM0114"), MunicipalityCode.of("GM0114"))
        .addEqualityGroup(MunicipalityCode.of("GM0109"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(LocalizedText.of("a", "b"), LocalizedText.of("a", "b"))
        .addEqualityGroup(LocalizedText.dutch("a"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Partner.municipality("emmen", "Emmen", "GM0114"),
            Partner.municipality("emmen", "Emmen", "GM0114"))
        .addEqualityGroup(Partner.municipality("emmen", "Emmen", "GM0109"))
        .addEqualityGroup(Partner.of("emmen", "Emmen", PartnerKind.COMPANY))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Membership.since("emmen", 2022), Membership.since("emmen", 2022))
        .addEqualityGroup(Membership.between("emmen", 2022, 2023))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(StrategicPeriod.of(2022, 2025), StrategicPeriod.of(2022, 2025))
        .addEqualityGroup(StrategicPeriod.of(2022, 2026))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Target.of("m", new BigDecimal("10"), "count"),
            Target.of("m", new BigDecimal("10"), "count"))
        .addEqualityGroup(Target.of("m", new BigDecimal("11"), "count"))
        .testEquals();
    StatementLine a = DutchTechZone.report2022().statement().orElseThrow().spending().get(0);
    new EqualsTester()
        .addEqualityGroup(a, StatementLine.builder().from(a).build())
        .addEqualityGroup(StatementLine.builder().from(a).amount(a.amount().plus(Money.ofCents(1)))
            .build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(DutchTechZone.programme(), DutchTechZone.programme())
        .addEqualityGroup(DutchTechZone.plan2023(), DutchTechZone.plan2023())
        .addEqualityGroup(DutchTechZone.report2022(), DutchTechZone.report2022())
        .testEquals();
    assertThat(StrategicPeriod.of(2022, 2025).years()).isEqualTo(List.of(2022, 2023, 2024, 2025));
  }
}
