package nl.dutchtechzone.reporting.tracking;

import static nl.dutchtechzone.reporting.tracking.Fixtures.VISITS;
import static nl.dutchtechzone.reporting.tracking.Fixtures.activity;
import static nl.dutchtechzone.reporting.tracking.Fixtures.plan;
import static nl.dutchtechzone.reporting.tracking.Fixtures.text;
import static nl.dutchtechzone.reporting.tracking.Fixtures.theme;
import static nl.dutchtechzone.reporting.tracking.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import nl.dutchtechzone.core.plan.ActionPoint;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.InvestmentTheme;
import nl.dutchtechzone.core.plan.Target;
import nl.dutchtechzone.core.report.AnnualReport;

/**
 * Counts by status always add up to the number of actions, per theme and per plan, whatever mix
 * of evidence, targets, assessments, continuation and reporting the actions have.
 */
class StatusCountsPropertyTest {

  private static final ActionStatus[] ASSESSED = {null, ActionStatus.DONE,
      ActionStatus.IN_PROGRESS, ActionStatus.NOT_STARTED, ActionStatus.DROPPED, null};

  /**
   * Each element of {@code specs} is one action: bit 0 links an activity to it, bit 1 continues
   * its line of work in a 2024 plan, the next factor 6 picks an assessment, the last factor 3 a
   * target (none, met, missed).
   */
  @Property(tries = 300)
  void countsByStatusAddUpToTheNumberOfActions(
      @ForAll @IntRange(min = 1, max = 4) int themeCount,
      @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 71) Integer> specs,
      @ForAll boolean reported) {
    List<List<ActionPoint>> byTheme = new ArrayList<>();
    for (int t = 0; t < themeCount; t++) {
      byTheme.add(new ArrayList<>());
    }
    List<ActionPoint> next = new ArrayList<>();
    AnnualReport.Builder report = Fixtures.reportBuilder(2023);
    List<StatusAssessment> assessments = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      int s = specs.get(i);
      String id = "a" + i;
      ActionPoint.Builder action = ActionPoint.builder().id(id).text(text(id));
      if ((s / 2) % 2 == 1) {
        action.lineOfWork("line" + i);
        next.add(ActionPoint.builder().id("n" + i).text(text("n" + i)).lineOfWork("line" + i)
            .build());
      }
      int target = (s / 24) % 3;
      if (target > 0) {
        action.target(Target.of(VISITS, BigDecimal.TEN, "count"));
      }
      byTheme.get(i % themeCount).add(action.build());
      if (reported && s % 2 == 1) {
        report.addActivities(activity("x" + i, id));
        if (target > 0) {
          report.addIndicatorValues(value("v" + i, VISITS, target == 1 ? "10" : "0", id));
        }
      }
      ActionStatus assessed = ASSESSED[(s / 4) % 6];
      if (assessed != null) {
        assessments.add(StatusAssessment.of(2023, id, assessed));
      }
    }
    List<InvestmentTheme> themes = new ArrayList<>();
    for (int t = 0; t < themeCount; t++) {
      themes.add(theme("t" + t, byTheme.get(t).toArray(new ActionPoint[0])));
    }
    TrackingInput.Builder input = Fixtures.input()
        .addPlans(plan(2023, themes.toArray(new InvestmentTheme[0])))
        .assessments(assessments);
    if (!next.isEmpty()) {
      AnnualPlan plan2024 = plan(2024, next.toArray(new ActionPoint[0]));
      input.addPlans(plan2024);
    }
    if (reported) {
      input.addReports(report.build());
    }

    TrackingReport r = Tracker.track(input.build());

    PlanTracking plan = r.plan(2023).orElseThrow();
    assertThat(plan.actions()).hasSize(specs.size());
    assertThat(plan.counts().total()).isEqualTo(specs.size());
    int sum = 0;
    for (ActionStatus status : ActionStatus.values()) {
      sum += plan.counts().count(status);
      assertThat(plan.themes().stream().mapToInt(t -> t.counts().count(status)).sum())
          .isEqualTo(plan.counts().count(status));
      assertThat(plan.actions().stream().filter(a -> a.status() == status).count())
          .isEqualTo(plan.counts().count(status));
    }
    assertThat(sum).isEqualTo(specs.size());
    assertThat(plan.counts().withEvidence())
        .isEqualTo((int) plan.actions().stream().filter(TrackedAction::hasEvidence).count());
    assertThat(plan.themes().stream().mapToInt(t -> t.counts().total()).sum())
        .isEqualTo(specs.size());
    assertThat(r.plans().stream().mapToInt(p -> p.counts().total()).sum())
        .isEqualTo(r.actions().size());
  }
}
