package nl.dutchtechzone.reporting.tracking;

import static nl.dutchtechzone.reporting.tracking.Fixtures.VISITS;
import static nl.dutchtechzone.reporting.tracking.Fixtures.action;
import static nl.dutchtechzone.reporting.tracking.Fixtures.activity;
import static nl.dutchtechzone.reporting.tracking.Fixtures.onLine;
import static nl.dutchtechzone.reporting.tracking.Fixtures.plan;
import static nl.dutchtechzone.reporting.tracking.Fixtures.report;
import static nl.dutchtechzone.reporting.tracking.Fixtures.reportBuilder;
import static nl.dutchtechzone.reporting.tracking.Fixtures.track;
import static nl.dutchtechzone.reporting.tracking.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.report.AnnualReport;
import org.junit.jupiter.api.Test;

class ActionStatusTest {

  private static ActionStatus statusOf(TrackingReport r, int year, String actionId) {
    return r.action(year, actionId).orElseThrow().status();
  }

  @Test
  void assessedDoneWithEvidenceIsDone() {
    TrackingReport r = track(List.of(plan(2023, action("a"))),
        List.of(report(2023, activity("x", "a"))),
        StatusAssessment.of(2023, "a", ActionStatus.DONE));
    assertThat(statusOf(r, 2023, "a")).isEqualTo(ActionStatus.DONE);
  }

  @Test
  void evidenceWithTargetMetIsDoneWithoutAssessment() {
    AnnualReport report = reportBuilder(2023)
        .addIndicatorValues(value("v", VISITS, "12", "a")).build();
    TrackingReport r = track(List.of(plan(2023, action("a", VISITS, "10"))), List.of(report));
    assertThat(statusOf(r, 2023, "a")).isEqualTo(ActionStatus.DONE);
  }

  @Test
  void evidenceWithTargetMissedIsInProgress() {
    AnnualReport report = reportBuilder(2023)
        .addIndicatorValues(value("v", VISITS, "8", "a")).build();
    TrackingReport r = track(List.of(plan(2023, action("a", VISITS, "10"))), List.of(report));
    assertThat(statusOf(r, 2023, "a")).isEqualTo(ActionStatus.IN_PROGRESS);
  }

  @Test
  void evidenceWithoutTargetOrAssessmentIsInProgress() {
    TrackingReport r = track(List.of(plan(2023, action("a"))),
        List.of(report(2023, activity("x", "a"))));
    assertThat(statusOf(r, 2023, "a")).isEqualTo(ActionStatus.IN_PROGRESS);
  }

  @Test
  void evidenceOutranksAnAssessmentOfNotStarted() {
    TrackingReport r = track(List.of(plan(2023, action("a"))),
        List.of(report(2023, activity("x", "a"))),
        StatusAssessment.of(2023, "a", ActionStatus.NOT_STARTED));
    assertThat(statusOf(r, 2023, "a")).isEqualTo(ActionStatus.IN_PROGRESS);
  }

  @Test
  void assessedNotStartedWithoutEvidenceIsNotStarted() {
    TrackingReport r = track(List.of(plan(2023, action("a"))),
        List.of(report(2023, activity("x"))),
        StatusAssessment.of(2023, "a", ActionStatus.NOT_STARTED));
    assertThat(statusOf(r, 2023, "a")).isEqualTo(ActionStatus.NOT_STARTED);
  }

  @Test
  void actionOfAYearWithoutReportIsNotStarted() {
    TrackingReport r = track(List.of(plan(2023, action("a"))), List.of());
    assertThat(statusOf(r, 2023, "a")).isEqualTo(ActionStatus.NOT_STARTED);
    assertThat(r.plan(2023).orElseThrow().reported()).isFalse();
  }

  @Test
  void assessedDroppedIsDroppedEvenWithEvidence() {
    TrackingReport r = track(List.of(plan(2023, action("a"), action("b"))),
        List.of(report(2023, activity("x", "a"))),
        StatusAssessment.of(2023, "a", ActionStatus.DROPPED),
        StatusAssessment.of(2023, "b", ActionStatus.DROPPED));
    assertThat(statusOf(r, 2023, "a")).isEqualTo(ActionStatus.DROPPED);
    assertThat(statusOf(r, 2023, "b")).isEqualTo(ActionStatus.DROPPED);
    assertThat(r.action(2023, "a").orElseThrow().assessment().orElseThrow().status())
        .isEqualTo(ActionStatus.DROPPED);
  }

  @Test
  void actionWhoseLineOfWorkContinuesNextYearIsCarriedOver() {
    List<AnnualPlan> plans = List.of(
        plan(2023, onLine("a", "figures"), action("b")),
        plan(2024, onLine("c", "figures")));
    TrackingReport r = track(plans, List.of(report(2023, activity("x", "a"))));
    assertThat(statusOf(r, 2023, "a")).isEqualTo(ActionStatus.CARRIED_OVER);
    TrackedAction a = r.action(2023, "a").orElseThrow();
    assertThat(a.continuedIn()).contains(ActionRef.of(2024, "c"));
    assertThat(r.action(2024, "c").orElseThrow().continues()).contains(ActionRef.of(2023, "a"));
    assertThat(statusOf(r, 2024, "c")).isEqualTo(ActionStatus.NOT_STARTED);
  }

  @Test
  void carriedOverEvenWithoutEvidenceOrWhenAssessedInProgress() {
    List<AnnualPlan> plans = List.of(
        plan(2023, onLine("a", "figures"), onLine("b", "film")),
        plan(2025, onLine("c", "figures"), onLine("d", "film")));
    TrackingReport r = track(plans, List.of(report(2023, activity("x"))),
        StatusAssessment.of(2023, "b", ActionStatus.IN_PROGRESS));
    assertThat(statusOf(r, 2023, "a")).isEqualTo(ActionStatus.CARRIED_OVER);
    assertThat(statusOf(r, 2023, "b")).isEqualTo(ActionStatus.CARRIED_OVER);
  }

  @Test
  void assessedDoneStaysDoneThoughItsLineOfWorkContinues() {
    List<AnnualPlan> plans = List.of(
        plan(2023, onLine("a", "figures")),
        plan(2024, onLine("c", "figures")));
    TrackingReport r = track(plans, List.of(report(2023, activity("x", "a"))),
        StatusAssessment.of(2023, "a", ActionStatus.DONE));
    assertThat(statusOf(r, 2023, "a")).isEqualTo(ActionStatus.DONE);
    assertThat(r.action(2023, "a").orElseThrow().continuedIn())
        .contains(ActionRef.of(2024, "c"));
  }

  @Test
  void reportedYearWithoutLinkedItemIsNoEvidence() {
    TrackingReport r = track(List.of(plan(2023, action("a"))),
        List.of(report(2023, activity("x"))));
    assertThat(statusOf(r, 2023, "a")).isEqualTo(ActionStatus.NO_EVIDENCE);
  }

  @Test
  void claimOfDoneOrInProgressWithoutEvidenceIsNoEvidence() {
    TrackingReport r = track(List.of(plan(2023, action("a"), action("b"))), List.of(),
        StatusAssessment.of(2023, "a", ActionStatus.DONE),
        StatusAssessment.of(2023, "b", ActionStatus.IN_PROGRESS));
    assertThat(statusOf(r, 2023, "a")).isEqualTo(ActionStatus.NO_EVIDENCE);
    assertThat(statusOf(r, 2023, "b")).isEqualTo(ActionStatus.NO_EVIDENCE);
  }

  @Test
  void rejectsAnAssessmentOfAStatusThatFollowsFromTheData() {
    assertThatThrownBy(() -> StatusAssessment.of(2023, "a", ActionStatus.CARRIED_OVER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a'").hasMessageContaining("CARRIED_OVER");
    assertThatThrownBy(() -> StatusAssessment.of(2023, "a", ActionStatus.NO_EVIDENCE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NO_EVIDENCE");
  }

  @Test
  void rejectsTwoAssessmentsOfOneAction() {
    assertThatThrownBy(() -> Fixtures.input().addPlans(plan(2023, action("a")))
        .addAssessments(StatusAssessment.of(2023, "a", ActionStatus.DONE),
            StatusAssessment.of(2023, "a", ActionStatus.DROPPED))
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a'").hasMessageContaining("2023");
  }

  @Test
  void decideCoversEveryRuleInOrder() {
    assertThat(Tracker.decide(null, false, false, false, false))
        .isEqualTo(ActionStatus.NOT_STARTED);
    assertThat(Tracker.decide(null, false, false, false, true))
        .isEqualTo(ActionStatus.NO_EVIDENCE);
    assertThat(Tracker.decide(null, true, false, true, true)).isEqualTo(ActionStatus.DONE);
    assertThat(Tracker.decide(null, true, true, true, true))
        .isEqualTo(ActionStatus.CARRIED_OVER);
    assertThat(Tracker.decide(ActionStatus.DROPPED, true, true, true, true))
        .isEqualTo(ActionStatus.DROPPED);
    assertThat(Tracker.decide(ActionStatus.DONE, true, true, false, true))
        .isEqualTo(ActionStatus.DONE);
    assertThat(Tracker.decide(ActionStatus.NOT_STARTED, false, true, false, true))
        .isEqualTo(ActionStatus.CARRIED_OVER);
  }
}
