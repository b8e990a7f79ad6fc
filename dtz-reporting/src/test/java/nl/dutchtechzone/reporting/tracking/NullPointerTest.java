package nl.dutchtechzone.reporting.tracking;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.util.List;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.core.report.ReportItemKind;
import org.junit.jupiter.api.Test;

class NullPointerTest {

  private final NullPointerTester tester = new NullPointerTester()
      .setDefault(LocalizedText.class, LocalizedText.dutch("x"))
      .setDefault(Money.class, Money.ZERO)
      .setDefault(BigDecimal.class, BigDecimal.ONE)
      .setDefault(String.class, "x")
      .setDefault(int.class, 2023)
      .setDefault(ReportItemKind.class, ReportItemKind.ACTIVITY)
      .setDefault(ActionStatus.class, ActionStatus.DONE)
      .setDefault(GapKind.class, GapKind.ACTION_WITHOUT_EVIDENCE)
      .setDefault(StatusCounts.class, StatusCounts.of(List.of()));

  @Test
  void publicStaticMethodsRejectNulls() {
    for (Class<?> type : List.of(Tracker.class, StatusAssessment.class, Link.class,
        VarianceExplanation.class, Evidence.class, ActionRef.class, StatusCounts.class,
        ThemeSummary.class, AimCoverage.class, Gap.class, LineOfWork.class,
        CategorySpending.class, IndicatorPoint.class, TrackingInput.class, TrackingReport.class,
        TargetResult.class, BudgetVariance.class, PeriodRollUp.class)) {
      tester.testAllPublicStaticMethods(type);
    }
  }

  @Test
  void publicInstanceMethodsOfTheResultRejectNulls() {
    TrackingReport report = Tracker.track(TrackingInput.builder()
        .programme(DutchTechZone.programme())
        .addPlans(Illustrative2023.plan())
        .addReports(DutchTechZone.report2022(), Illustrative2023.report())
        .build());
    tester.testAllPublicInstanceMethods(report);
    tester.testAllPublicInstanceMethods(report.rollUp());
    tester.testAllPublicInstanceMethods(report.plans().get(0).counts());
    tester.testAllPublicInstanceMethods(Link.of(2023, "a", "b"));
  }
}
