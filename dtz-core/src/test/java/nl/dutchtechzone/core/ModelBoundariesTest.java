package nl.dutchtechzone.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.ActionPoint;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.core.plan.InKindCapacity;
import nl.dutchtechzone.core.plan.PlanHeading;
import nl.dutchtechzone.core.plan.Target;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.core.report.Activity;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.IndicatorValue;
import nl.dutchtechzone.core.report.Observation;
import nl.dutchtechzone.core.report.Outcome;
import nl.dutchtechzone.core.report.ReportItemKind;
import nl.dutchtechzone.core.report.StatementLine;
import org.junit.jupiter.api.Test;

/** The edges of every invariant: the last value accepted and the first one refused. */
class ModelBoundariesTest {

  private static final LocalizedText TEXT = LocalizedText.dutch("tekst");

  @Test
  void moneyPredicatesAtZero() {
    assertThat(Money.ofCents(1).isZero()).isFalse();
    assertThat(Money.ZERO.isPositive()).isFalse();
    assertThat(Money.ZERO.isNegative()).isFalse();
    assertThat(Money.ofCents(-1).isPositive()).isFalse();
    assertThat(Money.ofCents(5).isGreaterThan(Money.ofCents(5))).isFalse();
    assertThat(Money.ofCents(4).isGreaterThan(Money.ofCents(5))).isFalse();
    assertThat(Money.ofCents(5).isLessThan(Money.ofCents(5))).isFalse();
    assertThat(Money.ofCents(4).isLessThan(Money.ofCents(5))).isTrue();
    assertThat(Money.ZERO.abs()).isSameAs(Money.ZERO);
    assertThat(Money.ofCents(1).abs()).isEqualTo(Money.ofCents(1));
    assertThat(Money.ofCents(7).hashCode()).isNotEqualTo(Money.ofCents(8).hashCode());
  }

  @Test
  void yearsFrom1900To2200() {
    assertThat(Years.check("y", Years.MIN)).isEqualTo(1900);
    assertThat(Years.check("y", Years.MAX)).isEqualTo(2200);
    assertThatThrownBy(() -> Years.check("y", 1899)).hasMessageContaining("y must be a year")
        .hasMessageContaining("1899");
    assertThatThrownBy(() -> Years.check("y", 2201)).hasMessageContaining("2201");
  }

  @Test
  void strategicPeriodBoundaries() {
    StrategicPeriod p = StrategicPeriod.of(2022, 2025);
    assertThat(p.contains(2021)).isFalse();
    assertThat(p.contains(2022)).isTrue();
    assertThat(p.contains(2025)).isTrue();
    assertThat(p.contains(2026)).isFalse();
    assertThat(StrategicPeriod.of(2022, 2022).years()).containsExactly(2022);
    assertThatThrownBy(() -> StrategicPeriod.of(2025, 2024))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lastYear");
  }

  @Test
  void membershipOfOneYear() {
    assertThat(Membership.between("emmen", 2022, 2022).isMemberIn(2022)).isTrue();
    assertThatThrownBy(() -> Membership.between("emmen", 2022, 2300))
        .hasMessageContaining("lastYear").hasMessageContaining("2300");
    assertThatThrownBy(() -> Membership.since("Emmen!", 2022))
        .hasMessageContaining("partnerId");
  }

  @Test
  void idsCheckReturnsTheId() {
    assertThat(Ids.check("f", "2023.1.5")).isEqualTo("2023.1.5");
    assertThat(Ids.isValid("a".repeat(100))).isTrue();
    assertThat(Ids.isValid("a".repeat(101))).isFalse();
  }

  @Test
  void municipalityCodesOrderAndPrint() {
    assertThat(MunicipalityCode.of("GM0109")).isLessThan(MunicipalityCode.of("GM0114"));
    assertThat(MunicipalityCode.of("GM0114").toString()).isEqualTo("GM0114");
    assertThat(MunicipalityCode.of("GM0114").hashCode())
        .isEqualTo(MunicipalityCode.of("GM0114").hashCode())
        .isNotEqualTo(MunicipalityCode.of("GM0109").hashCode());
  }

  @Test
  void partnerNeedsAName() {
    assertThatThrownBy(() -> Partner.of("x", " ", PartnerKind.COMPANY))
        .hasMessageContaining("Partner.name");
    assertThat(PartnerKind.MUNICIPALITY.label().in(Locale.ENGLISH)).isEqualTo("municipality");
    assertThat(PartnerKind.MUNICIPALITY.label().nl()).isEqualTo("gemeente");
  }

  @Test
  void localizedEnglishMustNotBeBlank() {
    assertThatThrownBy(() -> LocalizedText.of("a", " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LocalizedText.en");
  }

  @Test
  void indicatorDefaultsAndUnit() {
    Indicator i = Indicator.builder().id("i").name(TEXT).unit("count").build();
    assertThat(i.cumulative()).isFalse();
    assertThat(i.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
    assertThatThrownBy(() -> Indicator.builder().id("i").name(TEXT).unit(" ").build())
        .hasMessageContaining("Indicator.unit");
  }

  @Test
  void fundEventsMoveAPositiveAmount() {
    assertThatThrownBy(() -> FundEvent.builder().id("e").kind(FundEventKind.RELEASE)
        .amount(Money.ZERO).description(TEXT).build())
        .hasMessageContaining("FundEvent.amount").hasMessageContaining("0.00");
  }

  @Test
  void relatedProgrammeChecksItsReferences() {
    assertThatThrownBy(() -> RelatedProgramme.builder().id("r").name("R")
        .kind(RelationKind.SUBSIDY_SCHEME).ownGovernance(false).addCoFunderIds("bad id")
        .build()).hasMessageContaining("coFunderIds");
    assertThatThrownBy(() -> RelatedProgramme.builder().id("r").name("R")
        .kind(RelationKind.SUBSIDY_SCHEME).ownGovernance(false).lastOpenedYear(20).build())
        .hasMessageContaining("lastOpenedYear");
    Programme base = DutchTechZone.programme();
    assertThatThrownBy(() -> Programme.builder().from(base)
        .addRelatedProgrammes(RelatedProgramme.builder().id("r").name("R")
            .kind(RelationKind.SUBSIDY_SCHEME).ownGovernance(false).addCoFunderIds("nobody")
            .build()).build())
        .hasMessageContaining("coFunderIds refers to unknown partner 'nobody'");
  }

  @Test
  void boardMembersMustBeKnownAndUnique() {
    assertThatThrownBy(() -> ProgramBoard.of("Board", List.of("emmen", "emmen")))
        .hasMessageContaining("'emmen' occurs more than once");
    assertThatThrownBy(() -> ProgramBoard.of("Board", List.of("bad id")))
        .hasMessageContaining("memberPartnerIds");
    assertThatThrownBy(() -> Programme.builder().from(DutchTechZone.programme())
        .board(ProgramBoard.of("Board", List.of("nobody"))).build())
        .hasMessageContaining("board.memberPartnerIds refers to unknown partner 'nobody'");
  }

  @Test
  void programmeLooksUpIndicatorsAndCategories() {
    Programme p = DutchTechZone.programme();
    assertThat(p.indicator("meetings-attended")).hasValueSatisfying(
        i -> assertThat(i.name().in(Locale.ENGLISH)).isEqualTo("(network) meetings attended"));
    assertThat(p.indicator("nope")).isEmpty();
    assertThat(p.costCategory("branding")).hasValueSatisfying(
        c -> assertThat(c.id()).isEqualTo("branding"));
    assertThat(p.costCategory("nope")).isEmpty();
    assertThat(p.isMemberIn("emmen", 2020)).isFalse();
    assertThat(p.isMemberIn("emmen", 2021)).isTrue();
    assertThat(p.isMemberIn("provincie-drenthe", 2021)).isFalse();
    assertThat(p.isMemberIn("crosspoint", 2022)).isFalse();
  }

  @Test
  void programmeRejectsBlankNamesDuplicatesAndNegativeRates() {
    Programme base = DutchTechZone.programme();
    assertThatThrownBy(() -> Programme.builder().from(base).shortName(" ").build())
        .hasMessageContaining("shortName");
    assertThatThrownBy(() -> Programme.builder().from(base).name(" ").build())
        .hasMessageContaining("Programme.name");
    assertThatThrownBy(() -> Programme.builder().from(base)
        .contributionPerInhabitant(new java.math.BigDecimal("-0.01")).build())
        .hasMessageContaining("contributionPerInhabitant").hasMessageContaining("-0.01");
    assertThat(Programme.builder().from(base).contributionPerInhabitant(java.math.BigDecimal.ZERO)
        .build().contributionPerInhabitant()).contains(java.math.BigDecimal.ZERO);
    // A rate, not an amount: a fraction of a cent per inhabitant is kept as stated.
    assertThat(Programme.builder().from(base)
        .contributionPerInhabitant(new java.math.BigDecimal("0.855")).build()
        .contributionPerInhabitant()).contains(new java.math.BigDecimal("0.855"));
    assertThatThrownBy(() -> Programme.builder().from(base)
        .addSectorThemes(SectorTheme.of("energy", TEXT)).build())
        .hasMessageContaining("'energy' occurs more than once");
    assertThatThrownBy(() -> Programme.builder().from(base)
        .addIndicators(base.indicators().get(0)).build())
        .hasMessageContaining("occurs more than once");
    assertThatThrownBy(() -> Programme.builder().from(base)
        .addCostCategories(base.costCategories().get(0)).build())
        .hasMessageContaining("occurs more than once");
    assertThatThrownBy(() -> Programme.builder().from(base)
        .addRelatedProgrammes(base.relatedProgrammes().get(0)).build())
        .hasMessageContaining("occurs more than once");
    assertThatThrownBy(() -> Programme.builder().from(base)
        .office(ProgrammeOffice.of("nobody", true)).build())
        .hasMessageContaining("office.hostPartnerId refers to unknown partner 'nobody'");
    assertThatThrownBy(() -> Programme.builder().from(base)
        .addMemberships(Membership.since("nobody", 2022)).build())
        .hasMessageContaining("known partners: [coevorden, crosspoint");
  }

  @Test
  void successiveMembershipsOfOnePartnerMayNotOverlap() {
    Programme base = DutchTechZone.programme();
    Programme rejoined = Programme.builder().from(base)
        .addPartners(Partner.of("acme", "Acme", PartnerKind.COMPANY))
        .addMemberships(Membership.between("acme", 2022, 2022), Membership.since("acme", 2024))
        .build();
    assertThat(rejoined.isMemberIn("acme", 2023)).isFalse();
    assertThat(rejoined.isMemberIn("acme", 2024)).isTrue();
    assertThatThrownBy(() -> Programme.builder().from(base)
        .addPartners(Partner.of("acme", "Acme", PartnerKind.COMPANY))
        .addMemberships(Membership.between("acme", 2022, 2023), Membership.since("acme", 2023))
        .build()).hasMessageContaining("overlap");
  }

  @Test
  void planChecksHeadingsBudgetYearAndThemes() {
    AnnualPlan plan = DutchTechZone.plan2023();
    assertThat(plan.themeOf("2023.2.7")).hasValueSatisfying(
        t -> assertThat(t.id()).isEqualTo("image"));
    assertThat(plan.themeOf("nope")).isEmpty();
    assertThat(plan.action("2023.3.3")).isPresent();
    assertThat(plan.action("nope")).isEmpty();
    assertThatThrownBy(() -> AnnualPlan.builder().from(plan)
        .budget(Budget.builder().year(2024).status(BudgetStatus.ESTIMATE).build()).build())
        .hasMessageContaining("budget of plan 2023").hasMessageContaining("2024");
    assertThatThrownBy(() -> AnnualPlan.builder().from(plan)
        .addHeadings(PlanHeading.of("x", "nope", TEXT)).build())
        .hasMessageContaining("unknown theme 'nope'");
    assertThatThrownBy(() -> AnnualPlan.builder().from(plan)
        .addThemes(plan.themes().get(0)).build())
        .hasMessageContaining("occurs more than once");
  }

  @Test
  void actionPointChecksItsReferences() {
    assertThatThrownBy(() -> ActionPoint.builder().id("a").text(TEXT).addHeadingIds("bad id")
        .build()).hasMessageContaining("headingIds");
    assertThatThrownBy(() -> ActionPoint.builder().id("a").text(TEXT).addHeadingIds("h", "h")
        .build()).hasMessageContaining("'h' occurs more than once");
    assertThatThrownBy(() -> ActionPoint.builder().id("a").text(TEXT).lineOfWork("bad id")
        .build()).hasMessageContaining("lineOfWork");
  }

  @Test
  void targetsAcceptZeroAndNeedAUnit() {
    assertThat(Target.of("m", BigDecimal.ZERO, "count").value()).isZero();
    assertThatThrownBy(() -> Target.of("m", BigDecimal.ONE, " ")).hasMessageContaining("unit");
  }

  @Test
  void inKindAmountsAreNotNegative() {
    InKindCapacity.Builder b = InKindCapacity.builder().offeredByKind(PartnerKind.COMPANY)
        .description(TEXT);
    assertThat(b.fte(BigDecimal.ZERO).estimatedValue(Money.ZERO).partnerId("acme").build()
        .fte()).contains(BigDecimal.ZERO);
    assertThatThrownBy(() -> InKindCapacity.builder().offeredByKind(PartnerKind.COMPANY)
        .description(TEXT).fte(new BigDecimal("-0.1")).build())
        .hasMessageContaining("fte").hasMessageContaining("-0.1");
    assertThatThrownBy(() -> InKindCapacity.builder().offeredByKind(PartnerKind.COMPANY)
        .description(TEXT).estimatedValue(Money.ofCents(-1)).build())
        .hasMessageContaining("estimatedValue");
    assertThatThrownBy(() -> InKindCapacity.builder().offeredByKind(PartnerKind.COMPANY)
        .description(TEXT).partnerId("bad id").build())
        .hasMessageContaining("partnerId");
  }

  @Test
  void reportItemsSayWhatKindTheyAre() {
    AnnualReport r = DutchTechZone.report2022();
    assertThat(r.items()).extracting(i -> i.kind()).containsSubsequence(
        ReportItemKind.INDICATOR_VALUE, ReportItemKind.OBSERVATION, ReportItemKind.OUTCOME,
        ReportItemKind.ACTIVITY);
    assertThat(r.activities().get(0).kind()).isEqualTo(ReportItemKind.ACTIVITY);
    assertThat(r.outcomes().get(0).kind()).isEqualTo(ReportItemKind.OUTCOME);
    assertThat(r.observations().get(0).kind()).isEqualTo(ReportItemKind.OBSERVATION);
    assertThat(r.indicatorValues().get(0).kind()).isEqualTo(ReportItemKind.INDICATOR_VALUE);
  }

  @Test
  void reportItemsCheckTheirActionIds() {
    assertThatThrownBy(() -> Activity.builder().id("a").title(TEXT).addActionIds("x", "x")
        .build()).hasMessageContaining("'x' occurs more than once");
    assertThatThrownBy(() -> Activity.builder().id("a").title(TEXT).addActionIds("bad id")
        .build()).hasMessageContaining("actionIds");
    assertThatThrownBy(() -> Activity.builder().id("a").title(TEXT).addAimIds("bad id")
        .build()).hasMessageContaining("aimIds");
    assertThatThrownBy(() -> Activity.builder().id("a").title(TEXT).lineOfWork("bad id")
        .build()).hasMessageContaining("lineOfWork");
    assertThatThrownBy(() -> Outcome.builder().id("o").title(TEXT).summary(TEXT)
        .addActionIds("bad id").build()).hasMessageContaining("actionIds");
    assertThatThrownBy(() -> Outcome.builder().id("o").title(TEXT).summary(TEXT)
        .addActionIds("x", "x").build()).hasMessageContaining("occurs more than once");
    assertThatThrownBy(() -> Observation.builder().id("o").title(TEXT)
        .addActionIds("bad id").build()).hasMessageContaining("actionIds");
    assertThatThrownBy(() -> Observation.builder().id("o").title(TEXT)
        .addActionIds("x", "x").build()).hasMessageContaining("occurs more than once");
    IndicatorValue.Builder v = IndicatorValue.builder().id("v").indicatorId("i").title(TEXT);
    assertThat(v.value(BigDecimal.ZERO).build().value()).isZero();
    assertThatThrownBy(() -> IndicatorValue.builder().id("v").indicatorId("i").title(TEXT)
        .value(new BigDecimal("-1")).build()).hasMessageContaining("IndicatorValue.value");
    assertThatThrownBy(() -> IndicatorValue.builder().id("v").indicatorId("i").title(TEXT)
        .value(BigDecimal.ONE).addActionIds("bad id").build()).hasMessageContaining("actionIds");
    assertThatThrownBy(() -> IndicatorValue.builder().id("v").indicatorId("i").title(TEXT)
        .value(BigDecimal.ONE).addActionIds("x", "x").build())
        .hasMessageContaining("occurs more than once");
  }

  @Test
  void reportStatementMustBeForTheReportYear() {
    AnnualReport r = DutchTechZone.report2022();
    FinancialStatement s = r.statement().orElseThrow();
    assertThatThrownBy(() -> AnnualReport.builder().from(r)
        .statement(FinancialStatement.builder().from(s).year(2021).build()).build())
        .hasMessageContaining("statement of report 2022").hasMessageContaining("2021");
    assertThat(AnnualReport.builder().from(r).statement(Optional.empty()).build().statement())
        .isEmpty();
    assertThatThrownBy(() -> StatementLine.builder().id("l").label(TEXT).amount(Money.ZERO)
        .categoryId("bad id").build()).hasMessageContaining("categoryId");
  }
}
