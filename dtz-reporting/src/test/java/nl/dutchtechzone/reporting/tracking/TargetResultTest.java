package nl.dutchtechzone.reporting.tracking;

import static nl.dutchtechzone.reporting.tracking.Fixtures.COMPLAINTS;
import static nl.dutchtechzone.reporting.tracking.Fixtures.MEMBERS;
import static nl.dutchtechzone.reporting.tracking.Fixtures.VISITS;
import static nl.dutchtechzone.reporting.tracking.Fixtures.action;
import static nl.dutchtechzone.reporting.tracking.Fixtures.plan;
import static nl.dutchtechzone.reporting.tracking.Fixtures.reportBuilder;
import static nl.dutchtechzone.reporting.tracking.Fixtures.track;
import static nl.dutchtechzone.reporting.tracking.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.dutchtechzone.core.Direction;
import nl.dutchtechzone.core.report.AnnualReport;
import org.junit.jupiter.api.Test;

class TargetResultTest {

  private static TargetResult result(String target, String actual, Direction direction) {
    return TargetResult.builder().indicatorId("i").unit("count").target(new BigDecimal(target))
        .actual(Optional.ofNullable(actual).map(BigDecimal::new)).direction(direction)
        .cumulative(false).build();
  }

  @Test
  void achievedPercentIsActualOverTargetHalfUpToTwoDecimals() {
    assertThat(result("3", "2", Direction.HIGHER_IS_BETTER).achievedPercent())
        .contains(new BigDecimal("66.67"));
    assertThat(result("8", "1", Direction.HIGHER_IS_BETTER).achievedPercent())
        .contains(new BigDecimal("12.50"));
    assertThat(result("200", "1", Direction.HIGHER_IS_BETTER).achievedPercent())
        .contains(new BigDecimal("0.50"));
  }

  @Test
  void noPercentForATargetOfZeroOrWithoutActual() {
    assertThat(result("0", "2", Direction.HIGHER_IS_BETTER).achievedPercent()).isEmpty();
    assertThat(result("5", null, Direction.HIGHER_IS_BETTER).achievedPercent()).isEmpty();
    assertThat(result("5", null, Direction.HIGHER_IS_BETTER).met()).isEmpty();
  }

  @Test
  void metDependsOnTheDirection() {
    assertThat(result("10", "10", Direction.HIGHER_IS_BETTER).met()).contains(true);
    assertThat(result("10", "9", Direction.HIGHER_IS_BETTER).met()).contains(false);
    assertThat(result("10", "10", Direction.LOWER_IS_BETTER).met()).contains(true);
    assertThat(result("10", "11", Direction.LOWER_IS_BETTER).met()).contains(false);
    assertThat(result("10", "4", Direction.LOWER_IS_BETTER).met()).contains(true);
  }

  @Test
  void cumulativeIndicatorTakesItsLastValueOthersTheirSum() {
    AnnualReport report = reportBuilder(2023)
        .addIndicatorValues(
            value("m-q1", MEMBERS, "10"), value("m-q2", MEMBERS, "25"), value("m-q3", MEMBERS,
                "21"),
            value("v-q1", VISITS, "10"), value("v-q2", VISITS, "25"))
        .build();
    TrackingReport r = track(List.of(plan(2023, action("m", MEMBERS, "20"),
        action("v", VISITS, "40"))), List.of(report));
    TargetResult members = r.action(2023, "m").orElseThrow().target().orElseThrow();
    assertThat(members.cumulative()).isTrue();
    assertThat(members.actual()).contains(new BigDecimal("21"));
    assertThat(members.achievedPercent()).contains(new BigDecimal("105.00"));
    TargetResult visits = r.action(2023, "v").orElseThrow().target().orElseThrow();
    assertThat(visits.actual()).contains(new BigDecimal("35"));
    assertThat(visits.achievedPercent()).contains(new BigDecimal("87.50"));
    assertThat(visits.met()).contains(false);
  }

  @Test
  void lowerIsBetterTargetIsTrackedWithItsDirection() {
    AnnualReport report = reportBuilder(2023)
        .addIndicatorValues(value("c", COMPLAINTS, "3", "a")).build();
    TrackingReport r = track(List.of(plan(2023, action("a", COMPLAINTS, "5"))),
        List.of(report));
    TrackedAction a = r.action(2023, "a").orElseThrow();
    assertThat(a.target().orElseThrow().direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(a.target().orElseThrow().met()).contains(true);
    assertThat(a.target().orElseThrow().achievedPercent()).contains(new BigDecimal("60.00"));
    assertThat(a.status()).isEqualTo(ActionStatus.DONE);
  }
}
