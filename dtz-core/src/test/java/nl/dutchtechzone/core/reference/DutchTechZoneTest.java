package nl.dutchtechzone.core.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.core.PartnerKind;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.RelatedProgramme;
import nl.dutchtechzone.core.RelationKind;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.ActionPoint;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.core.plan.InvestmentTheme;
import nl.dutchtechzone.core.report.Activity;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.IndicatorValue;
import nl.dutchtechzone.core.report.ReportItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the reference data against the source document, which the test reads from its
 * resources (the letter of 16 May 2023 with the plan and the report, as converted to text).
 */
class DutchTechZoneTest {

  private static String seed;

  @BeforeAll
  static void readSeed() throws IOException {
    try (InputStream in = DutchTechZoneTest.class.getResourceAsStream(
        "/seed/jaarplan-2023-jaarverslag-2022.txt")) {
      seed = normalise(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** Collapses line breaks and runs of spaces, as the conversion broke lines at random. */
  private static String normalise(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  @Test
  void statement2022IsExactlyAsPrinted() {
    FinancialStatement s = DutchTechZone.report2022().statement().orElseThrow();
    assertThat(s.year()).isEqualTo(2022);
    assertThat(s.carriedForward()).isEqualTo(Money.ofCents(13_050_000));
    assertThat(s.income()).singleElement()
        .satisfies(l -> assertThat(l.amount()).isEqualTo(Money.ofCents(26_108_900)));
    assertThat(s.spending()).extracting(l -> l.categoryId().orElseThrow(), l -> l.amount())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("programme-costs", Money.ofCents(22_357_330)),
            org.assertj.core.groups.Tuple.tuple("branding", Money.ofCents(3_487_725)),
            org.assertj.core.groups.Tuple.tuple("projects", Money.ofCents(3_101_666)));
    assertThat(s.statedSpendingTotal()).isEqualTo(Money.ofCents(28_946_721));
    assertThat(s.spendingSum()).isEqualTo(s.statedSpendingTotal());
    assertThat(s.carriedForward().plus(s.incomeSum()).minus(s.spendingSum()))
        .isEqualTo(Money.parse("102121.79"));
  }

  @Test
  void everyStatementLineAndAmountStandsInTheSeed() {
    FinancialStatement s = DutchTechZone.report2022().statement().orElseThrow();
    assertThat(seed).contains("Doorgeschoven budget 2021 " + s.carriedForward().toDutchNumber());
    assertThat(seed).contains("UIT " + s.statedSpendingTotal().toDutchNumber());
    s.lines().forEach(l -> assertThat(seed)
        .contains(l.label().nl() + " " + l.amount().toDutchNumber()));
  }

  @Test
  void countsOutcomesAndActivitiesAreComplete() {
    AnnualReport r = DutchTechZone.report2022();
    assertThat(r.indicatorValues()).extracting(IndicatorValue::value)
        .containsExactly(BigDecimal.valueOf(65), BigDecimal.valueOf(16), BigDecimal.valueOf(43));
    for (IndicatorValue v : r.indicatorValues()) {
      assertThat(seed).containsIgnoringCase(v.value().toPlainString() + "** " + v.title().nl());
    }
    assertThat(r.outcomes()).hasSize(5);
    assertThat(r.activities()).hasSize(16);
    assertThat(r.aims()).hasSize(3);
    r.aims().forEach(a -> assertThat(seed).contains(a.text().nl()));
    for (Activity a : r.activities()) {
      String printed = a.title().nl().replace(", bezoek", " bezoek");
      assertThat(seed).as("activity %s", a.id()).contains(printed);
      assertThat(a.aimIds()).as("aims of %s", a.id()).isNotEmpty();
    }
    assertThat(r.activities().get(0).aimIds()).containsExactly("ecosystem");
    assertThat(r.observations()).singleElement()
        .satisfies(o -> o.points().forEach(p -> assertThat(seed).contains("- " + p.nl())));
    assertThat(r.items()).extracting(ReportItem::id).doesNotHaveDuplicates().hasSize(25);
  }

  @Test
  void plan2023HasEveryActionPointOfTheSeed() {
    AnnualPlan plan = DutchTechZone.plan2023();
    assertThat(plan.year()).isEqualTo(2023);
    assertThat(plan.strategicPeriod().label()).isEqualTo("2022-2025");
    assertThat(plan.themes()).extracting(t -> t.actions().size()).containsExactly(5, 7, 3);
    assertThat(plan.actions()).extracting(ActionPoint::id).containsExactly(
        "2023.1.1", "2023.1.2", "2023.1.3", "2023.1.4", "2023.1.5",
        "2023.2.1", "2023.2.2", "2023.2.3", "2023.2.4", "2023.2.5", "2023.2.6", "2023.2.7",
        "2023.3.1", "2023.3.2", "2023.3.3");
    for (InvestmentTheme theme : plan.themes()) {
      assertThat(seed).contains(theme.title().nl().split(",")[0]);
      for (ActionPoint a : theme.actions()) {
        assertThat(seed).as("action %s", a.id()).contains("- " + a.text().nl());
        assertThat(a.text().en()).isPresent();
      }
    }
    plan.headings().forEach(h -> assertThat(seed).contains(h.text().nl()));
    assertThat(plan.headings()).hasSize(7);
  }

  @Test
  void plan2023BudgetIsAnEstimateWithoutInventedAmounts() {
    AnnualPlan plan = DutchTechZone.plan2023();
    assertThat(plan.budget()).hasValueSatisfying(b -> {
      assertThat(b.status()).isEqualTo(BudgetStatus.ESTIMATE);
      assertThat(b.lines()).isEmpty();
      assertThat(b.scopeNote().orElseThrow().nl()).contains("netwerk- en verbindingsplan");
    });
    assertThat(plan.inKind()).extracting(k -> k.offeredByKind()).containsExactly(
        PartnerKind.MUNICIPALITY, PartnerKind.COMPANY, PartnerKind.EDUCATION_INSTITUTION,
        PartnerKind.KNOWLEDGE_INSTITUTION);
    assertThat(plan.inKind()).allSatisfy(k -> assertThat(k.estimatedValue()).isEmpty());
  }

  @Test
  void programmeHasTheFourPayingMunicipalitiesAndEmmenHostsTheOffice() {
    Programme p = DutchTechZone.programme();
    assertThat(p.municipalitiesIn(2022)).extracting(Partner::id, x -> x.cbsCode().orElseThrow()
            .value())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("coevorden", "GM0109"),
            org.assertj.core.groups.Tuple.tuple("emmen", "GM0114"),
            org.assertj.core.groups.Tuple.tuple("hardenberg", "GM0160"),
            org.assertj.core.groups.Tuple.tuple("hoogeveen", "GM0118"));
    assertThat(p.membersIn(2022)).extracting(Partner::kind)
        .contains(PartnerKind.PROVINCE, PartnerKind.MINISTRY);
    assertThat(p.office().orElseThrow().hostPartnerId()).isEqualTo("emmen");
    assertThat(p.contributionPerInhabitant()).contains(new java.math.BigDecimal("1.00"));
    assertThat(seed).contains("€ 1,00 per inwoner");
    assertThat(p.sectorThemes()).hasSize(4);
    assertThat(p.partners().stream().map(Partner::kind).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(PartnerKind.values());
  }

  @Test
  void theFourMunicipalitiesAreMembersFrom2021AsDerivedFromTheCarriedForwardBudget() {
    Programme p = DutchTechZone.programme();
    assertThat(p.municipalitiesIn(2021)).extracting(Partner::id)
        .containsExactly("coevorden", "emmen", "hardenberg", "hoogeveen");
    assertThat(p.membersIn(2021)).allMatch(Partner::isMunicipality);
    assertThat(p.membersIn(2020)).isEmpty();
    assertThat(p.memberships()).filteredOn(m -> m.fromYear() == 2021)
        .hasSize(4)
        .allSatisfy(m -> assertThat(m.source(Locale.ENGLISH).orElseThrow()).contains("derived")
            .contains("carries forward a budget of 2021"))
        .allSatisfy(m -> assertThat(m.source(Locale.forLanguageTag("nl-BE")).orElseThrow())
            .contains("afgeleid").contains("brengt een budget van 2021 over"));
    assertThat(p.memberships()).filteredOn(m -> m.fromYear() == 2022)
        .extracting(m -> m.partnerId())
        .containsExactly("provincie-drenthe", "ministerie-ezk");
    assertThat(seed).contains("Doorgeschoven budget 2021");
  }

  @Test
  void relationsSayHowOtherProgrammesRelate() {
    List<RelatedProgramme> related = DutchTechZone.programme().relatedProgrammes();
    RelatedProgramme deal = related.get(0);
    assertThat(deal.kind()).isEqualTo(RelationKind.REGIONAL_DEAL);
    assertThat(deal.pillar()).contains("Werken");
    assertThat(deal.ownGovernance()).isTrue();
    assertThat(seed).contains("pijler Werken");
    RelatedProgramme scheme = related.get(1);
    assertThat(scheme.kind()).isEqualTo(RelationKind.SUBSIDY_SCHEME);
    assertThat(scheme.lastOpenedYear()).contains(2020);
    assertThat(scheme.coFunderIds()).containsExactly("provincie-drenthe");
    assertThat(scheme.fundEvents()).allSatisfy(
        e -> assertThat(e.amount()).isEqualTo(Money.parse("€ 1.400.000,--")));
    assertThat(seed).contains("€ 1.400.000,--");
  }

  @Test
  void coverLetterIsAsSent() {
    assertThat(DutchTechZone.coverLetter().date()).isEqualTo(LocalDate.of(2023, 5, 16));
    assertThat(seed).contains("Ons kenmerk " + DutchTechZone.coverLetter().reference());
    assertThat(DutchTechZone.coverLetter().status().in(Locale.ENGLISH))
        .isEqualTo("For information");
  }

  @Test
  void carryOverLinksDtzInFiguresAcrossYears() {
    assertThat(DutchTechZone.plan2023().action("2023.1.5").orElseThrow().lineOfWork())
        .contains(DutchTechZone.DTZ_IN_FIGURES);
    assertThat(DutchTechZone.report2022().activities()).filteredOn(
        a -> a.lineOfWork().isPresent()).extracting(Activity::id).containsExactly("2022.a12");
  }

  @Test
  void referenceDataIsRebuiltEqualEachTime() {
    assertThat(DutchTechZone.programme()).isEqualTo(DutchTechZone.programme());
    assertThat(DutchTechZone.plan2023()).isEqualTo(DutchTechZone.plan2023());
    assertThat(DutchTechZone.report2022()).isEqualTo(DutchTechZone.report2022());
  }
}
