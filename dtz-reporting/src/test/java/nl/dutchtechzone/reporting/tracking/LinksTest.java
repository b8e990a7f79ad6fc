package nl.dutchtechzone.reporting.tracking;

import static nl.dutchtechzone.reporting.tracking.Fixtures.VISITS;
import static nl.dutchtechzone.reporting.tracking.Fixtures.action;
import static nl.dutchtechzone.reporting.tracking.Fixtures.activity;
import static nl.dutchtechzone.reporting.tracking.Fixtures.input;
import static nl.dutchtechzone.reporting.tracking.Fixtures.plan;
import static nl.dutchtechzone.reporting.tracking.Fixtures.report;
import static nl.dutchtechzone.reporting.tracking.Fixtures.reportBuilder;
import static nl.dutchtechzone.reporting.tracking.Fixtures.track;
import static nl.dutchtechzone.reporting.tracking.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import nl.dutchtechzone.core.report.ReportItemKind;
import org.junit.jupiter.api.Test;

class LinksTest {

  @Test
  void oneItemServesSeveralActionsAndOneActionHasSeveralItems() {
    TrackingReport r = track(List.of(plan(2023, action("a"), action("b"))),
        List.of(report(2023, activity("x", "a", "b"), activity("y", "a"))));
    assertThat(r.action(2023, "a").orElseThrow().evidence())
        .extracting(Evidence::itemId).containsExactly("x", "y");
    assertThat(r.action(2023, "b").orElseThrow().evidence())
        .extracting(Evidence::itemId).containsExactly("x");
    assertThat(r.links()).containsExactly(Link.of(2023, "a", "x"), Link.of(2023, "a", "y"),
        Link.of(2023, "b", "x"));
    assertThat(r.reports().get(0).linkedItemCount()).isEqualTo(2);
  }

  @Test
  void explicitLinksAddEvidenceAndDuplicatesCountOnce() {
    TrackingReport r = Tracker.track(input()
        .addPlans(plan(2023, action("a"), action("b")))
        .addReports(report(2023, activity("x", "a"), activity("y")))
        .addLinks(Link.of(2023, "b", "y"), Link.of(2023, "a", "x"))
        .build());
    assertThat(r.action(2023, "b").orElseThrow().evidence())
        .containsExactly(Evidence.of("y", ReportItemKind.ACTIVITY, Fixtures.text("activity y")));
    assertThat(r.links()).hasSize(2);
    assertThat(r.action(2023, "a").orElseThrow().evidence()).hasSize(1);
  }

  @Test
  void evidenceIsSortedByItemIdWhateverTheReportOrder() {
    TrackingReport r = track(List.of(plan(2023, action("a"))),
        List.of(report(2023, activity("z", "a"), activity("m", "a"), activity("b", "a"))));
    assertThat(r.action(2023, "a").orElseThrow().evidence().stream().map(Evidence::itemId)
        .collect(Collectors.toList())).containsExactly("b", "m", "z");
  }

  @Test
  void rejectsAnItemLinkingToAnUnknownAction() {
    assertThatThrownBy(() -> track(List.of(plan(2023, action("a"))),
        List.of(report(2023, activity("x", "a", "ghost")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'ghost'").hasMessageContaining("'x'")
        .hasMessageContaining("2023");
  }

  @Test
  void rejectsAnItemLinkingToAnActionOfAYearWithoutPlan() {
    assertThatThrownBy(() -> track(List.of(plan(2024, action("a"))),
        List.of(report(2023, activity("x", "a")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a'").hasMessageContaining("no plan for 2023");
  }

  @Test
  void rejectsAnExplicitLinkToAnUnknownItem() {
    assertThatThrownBy(() -> Tracker.track(input()
        .addPlans(plan(2023, action("a")))
        .addReports(report(2023, activity("x")))
        .addLinks(Link.of(2023, "a", "missing-item"))
        .build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'missing-item'");
  }

  @Test
  void rejectsAnExplicitLinkToAnUnknownAction() {
    assertThatThrownBy(() -> Tracker.track(input()
        .addPlans(plan(2023, action("a")))
        .addReports(report(2023, activity("x")))
        .addLinks(Link.of(2023, "missing-action", "x"))
        .build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'missing-action'");
  }

  @Test
  void rejectsAnExplicitLinkIntoAYearWithoutReport() {
    assertThatThrownBy(() -> Tracker.track(input()
        .addPlans(plan(2023, action("a")))
        .addLinks(Link.of(2023, "a", "x"))
        .build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'x'").hasMessageContaining("no report for 2023");
  }

  @Test
  void rejectsAnAssessmentOfAnUnknownAction() {
    assertThatThrownBy(() -> track(List.of(plan(2023, action("a"))), List.of(),
        StatusAssessment.of(2023, "nope", ActionStatus.DONE)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'nope'");
  }

  @Test
  void rejectsATargetOnAnUnknownIndicator() {
    assertThatThrownBy(() -> track(List.of(plan(2023, action("a", "unknown-indicator", "3"))),
        List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'unknown-indicator'").hasMessageContaining(VISITS);
  }

  @Test
  void rejectsAValueOfAnUnknownIndicator() {
    assertThatThrownBy(() -> track(List.of(),
        List.of(reportBuilder(2023).addIndicatorValues(value("v", "odd", "1")).build())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'odd'").hasMessageContaining("'v'");
  }

  @Test
  void rejectsTwoPlansOrReportsForOneYearAndForeignProgrammes() {
    assertThatThrownBy(() -> input().addPlans(plan(2023, action("a")), plan(2023, action("b")))
        .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2023");
    assertThatThrownBy(() -> input().addReports(report(2023), report(2023)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2023");
    assertThatThrownBy(() -> input().addReports(
        reportBuilder(2023).programmeId("other").build()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'other'");
  }
}
