package nl.dutchtechzone.reporting.tracking;

import static nl.dutchtechzone.core.reference.DutchTechZone.BRANDING;
import static nl.dutchtechzone.core.reference.DutchTechZone.DTZ_IN_FIGURES;
import static nl.dutchtechzone.core.reference.DutchTechZone.GROUP_MEMBERSHIPS;
import static nl.dutchtechzone.core.reference.DutchTechZone.INITIATIVES_TALKED_WITH;
import static nl.dutchtechzone.core.reference.DutchTechZone.MEETINGS_ATTENDED;
import static nl.dutchtechzone.core.reference.DutchTechZone.PROGRAMME_COSTS;
import static nl.dutchtechzone.core.reference.DutchTechZone.PROJECTS;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.core.report.ReportItem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Tracking on the Dutch TechZone reference data, and on an illustrative 2023 report. */
class ReferenceDataTrackingTest {

  private static BudgetVariance row(TrackingReport r, int year, String category) {
    return r.budget().stream().filter(b -> b.year() == year && b.categoryId().equals(category))
        .findFirst().orElseThrow();
  }

  private static Map<ActionStatus, Integer> nonZero(StatusCounts counts) {
    return counts.byStatus().entrySet().stream().filter(e -> e.getValue() > 0)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** Only what the source documents hold: the plan 2023 and the report 2022. */
  @Nested
  class RealDocuments {

    private final TrackingReport r = Tracker.track(TrackingInput.builder()
        .programme(DutchTechZone.programme())
        .addPlans(DutchTechZone.plan2023())
        .addReports(DutchTechZone.report2022())
        .build());

    @Test
    void activitiesOf2022AreTrackedAgainstTheAimsTheyServed() {
      ReportTracking y2022 = r.reports().get(0);
      assertThat(y2022.year()).isEqualTo(2022);
      assertThat(y2022.planned()).isFalse();
      assertThat(y2022.aims()).extracting(a -> a.aimId() + "=" + a.activityIds().size())
          .containsExactly("position=4", "ecosystem=10", "inform=2");
      assertThat(y2022.aims().get(0).activityIds())
          .containsExactly("2022.a02", "2022.a04", "2022.a06", "2022.a16");
      assertThat(y2022.aims().get(2).activityIds()).containsExactly("2022.a12", "2022.a13");
      assertThat(y2022.itemCount()).isEqualTo(25);
      assertThat(y2022.linkedItemCount()).isZero();
    }

    @Test
    void spending2022IsTheStatementAsPrintedWithoutABudgetToCompare() {
      assertThat(r.budget()).extracting(b -> b.year() + " " + b.categoryId() + " "
              + b.actual().map(Money::toPlainString).orElse("-") + " "
              + b.planned().map(Money::toPlainString).orElse("-"))
          .containsExactly(
              "2022 programme-costs 223573.30 -",
              "2022 branding 34877.25 -",
              "2022 projects 31016.66 -");
      assertThat(r.budget()).allSatisfy(b -> assertThat(b.variance()).isEmpty());
      assertThat(r.rollUp().totalSpending(2022)).isEqualTo(Money.parse("289.467,21"));
    }

    @Test
    void plan2023IsNotStartedForLackOfA2023Report() {
      PlanTracking plan = r.plan(2023).orElseThrow();
      assertThat(plan.reported()).isFalse();
      assertThat(plan.counts().total()).isEqualTo(15);
      assertThat(plan.counts().count(ActionStatus.NOT_STARTED)).isEqualTo(15);
      assertThat(plan.themes()).extracting(t -> t.themeId() + "=" + t.counts().total())
          .containsExactly("entrepreneurship=5", "image=7", "education=3");
      assertThat(plan.counts().shareWithEvidencePercent()).contains(new BigDecimal("0.00"));
    }

    @Test
    void gapsSayWhatIsMissing() {
      assertThat(r.gaps(GapKind.ACTION_WITHOUT_EVIDENCE)).hasSize(15)
          .allSatisfy(g -> assertThat(g.message()).contains("no report for 2023"));
      assertThat(r.gaps(GapKind.UNLINKED_REPORT_ITEM)).hasSize(25)
          .allSatisfy(g -> assertThat(g.message()).contains("no plan for 2022"));
      assertThat(r.gaps(GapKind.ACTUAL_NOT_TARGETED)).extracting(Gap::subjectId)
          .containsExactly(GROUP_MEMBERSHIPS, INITIATIVES_TALKED_WITH, MEETINGS_ATTENDED);
      assertThat(r.gaps(GapKind.TARGET_WITHOUT_ACTUAL)).isEmpty();
    }

    @Test
    void dtzInFiguresIsOneLineOfWorkFrom2022Into2023() {
      LineOfWork line = r.lineOfWork(DTZ_IN_FIGURES).orElseThrow();
      assertThat(line.entries()).extracting(e -> e.year() + " " + e.id())
          .containsExactly("2022 2022.a12", "2023 2023.1.5");
      assertThat(r.linesOfWork()).hasSize(1);
    }

    @Test
    void rollUpShowsTheStrategicPeriod2022To2025() {
      PeriodRollUp up = r.rollUp();
      assertThat(up.yearsPresent()).containsExactly(2022, 2023);
      assertThat(up.yearsPlanned()).containsExactly(2023);
      assertThat(up.yearsReported()).containsExactly(2022);
      assertThat(up.yearsMissing()).containsExactly(2024, 2025);
      assertThat(up.indicatorSeries()).extracting(s -> s.indicatorId() + "="
              + s.points().get(0).value().toPlainString())
          .containsExactly("initiatives-talked-with=65", "group-memberships=16",
              "meetings-attended=43");
    }
  }

  /** The real plan 2023 against an ILLUSTRATIVE report 2023 (see {@link Illustrative2023}). */
  @Nested
  class IllustrativeReport2023 {

    private final TrackingReport r = Tracker.track(TrackingInput.builder()
        .programme(DutchTechZone.programme())
        .addPlans(Illustrative2023.plan())
        .addReports(DutchTechZone.report2022(), Illustrative2023.report())
        .assessments(Illustrative2023.assessments())
        .addExplanations(Illustrative2023.brandingExplanation())
        .build());

    @Test
    void illustrativeReportIsLabelledAsSuchThroughout() {
      for (ReportItem item : Illustrative2023.report().items()) {
        assertThat(item.id()).startsWith("illustrative.");
        assertThat(item.title().nl()).startsWith(Illustrative2023.MARK_NL);
        assertThat(item.title().en()).hasValueSatisfying(
            en -> assertThat(en).startsWith(Illustrative2023.MARK_EN));
      }
    }

    @Test
    void everyActionGetsAStatus() {
      Map<String, ActionStatus> status = r.plan(2023).orElseThrow().actions().stream()
          .collect(Collectors.toMap(TrackedAction::actionId, TrackedAction::status));
      assertThat(status).containsEntry("2023.1.1", ActionStatus.DONE)
          .containsEntry("2023.1.2", ActionStatus.IN_PROGRESS)
          .containsEntry("2023.1.3", ActionStatus.IN_PROGRESS)
          .containsEntry("2023.1.4", ActionStatus.NO_EVIDENCE)
          .containsEntry("2023.1.5", ActionStatus.DONE)
          .containsEntry("2023.2.1", ActionStatus.DROPPED)
          .containsEntry("2023.2.3", ActionStatus.IN_PROGRESS)
          .containsEntry("2023.3.3", ActionStatus.NOT_STARTED);
      PlanTracking plan = r.plan(2023).orElseThrow();
      assertThat(nonZero(plan.counts())).containsOnly(
          Map.entry(ActionStatus.DONE, 2), Map.entry(ActionStatus.IN_PROGRESS, 6),
          Map.entry(ActionStatus.NOT_STARTED, 1), Map.entry(ActionStatus.DROPPED, 1),
          Map.entry(ActionStatus.NO_EVIDENCE, 5));
      assertThat(plan.counts().withEvidence()).isEqualTo(8);
      assertThat(plan.counts().shareWithEvidencePercent()).contains(new BigDecimal("53.33"));
      assertThat(plan.themes()).extracting(t -> t.themeId() + " "
              + t.counts().shareWithEvidencePercent().orElseThrow().toPlainString())
          .containsExactly("entrepreneurship 80.00", "image 42.86", "education 33.33");
    }

    @Test
    void actionsAreCountedUnderTheInfographicHeadingsTheyServe() {
      PlanTracking plan = r.plan(2023).orElseThrow();
      assertThat(plan.headings()).extracting(h -> h.headingId() + " " + h.counts().total() + " "
              + h.counts().withEvidence())
          .containsExactly(
              "innovation-ecosystem 1 1",
              "meetings-spotlight 1 1",
              "dtz-in-figures 1 1",
              "network-plan-phase-1 1 0",
              "represent-region 1 1",
              "youth-technology 2 1",
              "technasia-network 1 1");
      assertThat(plan.headings().get(3).counts().count(ActionStatus.NO_EVIDENCE)).isEqualTo(1);
    }

    @Test
    void targetIsComparedWithTheActual() {
      TargetResult t = r.action(2023, "2023.1.1").orElseThrow().target().orElseThrow();
      assertThat(t.actual()).contains(new BigDecimal("48"));
      assertThat(t.achievedPercent()).contains(new BigDecimal("106.67"));
      assertThat(t.met()).contains(true);
      assertThat(r.action(2023, "2023.1.3").orElseThrow().evidence())
          .extracting(Evidence::itemId).containsExactly("illustrative.a03");
      assertThat(r.action(2023, "2023.2.3").orElseThrow().evidence())
          .extracting(Evidence::itemId).containsExactly("illustrative.a03");
    }

    @Test
    void budgetAgainstActualPerCategoryToTheCent() {
      BudgetVariance programme = row(r, 2023, PROGRAMME_COSTS);
      assertThat(programme.planned()).contains(Money.parse("225000.00"));
      assertThat(programme.amended()).contains(Money.parse("232500.00"));
      assertThat(programme.variance()).contains(Money.parse("-2500.00"));
      assertThat(programme.variancePercent()).contains(new BigDecimal("-1.08"));
      BudgetVariance branding = row(r, 2023, BRANDING);
      assertThat(branding.variance()).contains(Money.parse("6250.75"));
      assertThat(branding.variancePercent()).contains(new BigDecimal("17.86"));
      assertThat(branding.explanation()).isPresent();
      BudgetVariance projects = row(r, 2023, PROJECTS);
      assertThat(projects.variance()).contains(Money.parse("-11500.00"));
      assertThat(projects.variancePercent()).contains(new BigDecimal("-28.75"));
      assertThat(projects.explanation()).isEmpty();
    }

    @Test
    void gapsOf2023() {
      assertThat(r.gaps().stream().filter(g -> g.year() == 2023)
          .map(g -> g.kind() + " " + g.subjectId()))
          .containsExactly(
              "ACTION_WITHOUT_EVIDENCE 2023.1.4",
              "ACTION_WITHOUT_EVIDENCE 2023.2.2",
              "ACTION_WITHOUT_EVIDENCE 2023.2.5",
              "ACTION_WITHOUT_EVIDENCE 2023.2.7",
              "ACTION_WITHOUT_EVIDENCE 2023.3.2",
              "ACTION_WITHOUT_EVIDENCE 2023.3.3",
              "UNLINKED_REPORT_ITEM illustrative.a08",
              "UNLINKED_REPORT_ITEM illustrative.initiatives",
              "ACTUAL_NOT_TARGETED initiatives-talked-with");
    }

    @Test
    void dtzInFiguresRunsFrom2022ThroughThe2023PlanToIts2023Presentation() {
      assertThat(r.lineOfWork(DTZ_IN_FIGURES).orElseThrow().entries())
          .extracting(e -> e.year() + " " + e.source() + " " + e.id())
          .containsExactly(
              "2022 REPORTED_ACTIVITY 2022.a12",
              "2023 PLANNED_ACTION 2023.1.5",
              "2023 REPORTED_ACTIVITY illustrative.a04");
    }

    @Test
    void rollUpHasSpendingAndIndicatorSeriesPerYear() {
      PeriodRollUp up = r.rollUp();
      assertThat(up.yearsReported()).containsExactly(2022, 2023);
      assertThat(up.spending(PROGRAMME_COSTS, 2022)).contains(Money.parse("223.573,30"));
      assertThat(up.spending(PROGRAMME_COSTS, 2023)).contains(Money.parse("230000.00"));
      assertThat(up.totalSpending(2023)).isEqualTo(Money.parse("299750.75"));
      IndicatorSeries meetings = up.indicatorSeries().stream()
          .filter(s -> s.indicatorId().equals(MEETINGS_ATTENDED)).findFirst().orElseThrow();
      assertThat(meetings.points()).containsExactly(
          IndicatorPoint.of(2022, new BigDecimal("43")),
          IndicatorPoint.of(2023, new BigDecimal("48")));
    }
  }
}
