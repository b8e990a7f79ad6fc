package nl.dutchtechzone.reporting.tracking;

import static nl.dutchtechzone.reporting.tracking.Fixtures.MEMBERS;
import static nl.dutchtechzone.reporting.tracking.Fixtures.VISITS;
import static nl.dutchtechzone.reporting.tracking.Fixtures.action;
import static nl.dutchtechzone.reporting.tracking.Fixtures.activity;
import static nl.dutchtechzone.reporting.tracking.Fixtures.plan;
import static nl.dutchtechzone.reporting.tracking.Fixtures.report;
import static nl.dutchtechzone.reporting.tracking.Fixtures.reportBuilder;
import static nl.dutchtechzone.reporting.tracking.Fixtures.track;
import static nl.dutchtechzone.reporting.tracking.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.dutchtechzone.core.report.AnnualReport;
import org.junit.jupiter.api.Test;

class GapsTest {

  @Test
  void plannedActionWithoutEvidenceIsAGap() {
    TrackingReport r = track(List.of(plan(2023, action("a"), action("b"))),
        List.of(report(2023, activity("x", "a"))));
    assertThat(r.gaps(GapKind.ACTION_WITHOUT_EVIDENCE))
        .extracting(Gap::subjectId).containsExactly("b");
    assertThat(r.gaps(GapKind.ACTION_WITHOUT_EVIDENCE).get(0).message())
        .contains("'b'").contains("2023").contains("NO_EVIDENCE");
  }

  @Test
  void droppedActionWithoutEvidenceIsNoGap() {
    TrackingReport r = track(List.of(plan(2023, action("a"))), List.of(report(2023)),
        StatusAssessment.of(2023, "a", ActionStatus.DROPPED));
    assertThat(r.gaps(GapKind.ACTION_WITHOUT_EVIDENCE)).isEmpty();
  }

  @Test
  void reportItemLinkedToNoActionIsAGap() {
    TrackingReport r = track(List.of(plan(2023, action("a"))),
        List.of(report(2023, activity("x", "a"), activity("unplanned"))));
    assertThat(r.gaps(GapKind.UNLINKED_REPORT_ITEM))
        .containsExactly(Gap.of(GapKind.UNLINKED_REPORT_ITEM, 2023, "unplanned",
            "report item 'unplanned' (ACTIVITY) of the report for 2023 is linked to no action"));
  }

  @Test
  void indicatorValueThatIsATargetsActualIsNotUnlinked() {
    AnnualReport report = reportBuilder(2023)
        .addIndicatorValues(value("v", VISITS, "3")).build();
    TrackingReport r = track(List.of(plan(2023, action("a", VISITS, "5"))), List.of(report));
    assertThat(r.gaps(GapKind.UNLINKED_REPORT_ITEM)).isEmpty();
    assertThat(r.gaps(GapKind.ACTUAL_NOT_TARGETED)).isEmpty();
    assertThat(r.action(2023, "a").orElseThrow().target().orElseThrow().actual())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3"));
  }

  @Test
  void targetWithoutActualIsAGap() {
    TrackingReport r = track(List.of(plan(2023, action("a", VISITS, "5"), action("b"))),
        List.of(report(2023, activity("x", "a"))));
    assertThat(r.gaps(GapKind.TARGET_WITHOUT_ACTUAL)).extracting(Gap::subjectId)
        .containsExactly("a");
    assertThat(r.gaps(GapKind.TARGET_WITHOUT_ACTUAL).get(0).message())
        .contains("5 count").contains("'visits'").contains("gives no value");
  }

  @Test
  void targetOfAnUnreportedYearIsAGapThatSaysSo() {
    TrackingReport r = track(List.of(plan(2024, action("a", VISITS, "5"))), List.of());
    assertThat(r.gaps(GapKind.TARGET_WITHOUT_ACTUAL).get(0).message())
        .contains("no report for 2024");
  }

  @Test
  void actualThatNoPlanTargetedIsAGap() {
    AnnualReport report = reportBuilder(2023)
        .addIndicatorValues(value("v1", VISITS, "3", "a"), value("v2", MEMBERS, "40"),
            value("v3", VISITS, "4"))
        .build();
    TrackingReport r = track(List.of(plan(2023, action("a", MEMBERS, "30"))), List.of(report));
    assertThat(r.gaps(GapKind.ACTUAL_NOT_TARGETED)).containsExactly(
        Gap.of(GapKind.ACTUAL_NOT_TARGETED, 2023, VISITS,
            "the report for 2023 gives 7 for indicator 'visits' (items [v1, v3]), which no "
                + "action of the plan for 2023 targets"));
    assertThat(r.gaps(GapKind.UNLINKED_REPORT_ITEM)).extracting(Gap::subjectId)
        .containsExactly("v3");
  }

  @Test
  void gapsAreSortedByYearKindAndSubject() {
    TrackingReport r = track(
        List.of(plan(2023, action("b"), action("a")), plan(2022, action("z"))),
        List.of(report(2023, activity("y"), activity("x"))));
    assertThat(r.gaps()).extracting(g -> g.year() + " " + g.kind() + " " + g.subjectId())
        .containsExactly(
            "2022 ACTION_WITHOUT_EVIDENCE z",
            "2023 ACTION_WITHOUT_EVIDENCE a",
            "2023 ACTION_WITHOUT_EVIDENCE b",
            "2023 UNLINKED_REPORT_ITEM x",
            "2023 UNLINKED_REPORT_ITEM y");
  }
}
