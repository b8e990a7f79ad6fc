package nl.dutchtechzone.reporting.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import nl.dutchtechzone.core.reference.DutchTechZone;
import org.junit.jupiter.api.Test;

class DeterminismTest {

  private static TrackingReport track(boolean reversed) {
    List<nl.dutchtechzone.core.report.AnnualReport> reports =
        List.of(DutchTechZone.report2022(), Illustrative2023.report());
    List<StatusAssessment> assessments = Illustrative2023.assessments();
    if (reversed) {
      reports = List.of(reports.get(1), reports.get(0));
      assessments = List.of(assessments.get(2), assessments.get(1), assessments.get(0));
    }
    return Tracker.track(TrackingInput.builder()
        .programme(DutchTechZone.programme())
        .addPlans(Illustrative2023.plan())
        .reports(reports)
        .assessments(assessments)
        .addLinks(Link.of(2023, "2023.2.2", "illustrative.a08"),
            Link.of(2023, "2023.2.5", "illustrative.a08"))
        .build());
  }

  @Test
  void sameInputInAnyOrderGivesAnEqualReport() {
    TrackingReport a = track(false);
    TrackingReport b = track(true);
    assertThat(b).isEqualTo(a);
    assertThat(b.toString()).isEqualTo(a.toString());
    assertThat(a.reports()).extracting(ReportTracking::year).containsExactly(2022, 2023);
  }

  @Test
  void reportDoesNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TrackingReport turkish = track(false);
      Locale.setDefault(Locale.forLanguageTag("nl-NL"));
      assertThat(track(false).toString()).isEqualTo(turkish.toString());
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void explicitLinksMakeUnplannedWorkEvidence() {
    TrackingReport r = track(false);
    assertThat(r.action(2023, "2023.2.2").orElseThrow().status())
        .isEqualTo(ActionStatus.IN_PROGRESS);
    assertThat(r.gaps(GapKind.UNLINKED_REPORT_ITEM)).extracting(Gap::subjectId)
        .doesNotContain("illustrative.a08");
  }
}
