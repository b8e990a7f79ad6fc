package nl.dutchtechzone.reporting.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.reporting.spi.ExportContext;
import org.junit.jupiter.api.Test;

/** Null checks and the invariants of the public types. */
class PublicApiTest {

  private final NullPointerTester tester = new NullPointerTester()
      .setDefault(Dataset.class, Dataset.dutchTechZone())
      .setDefault(ExportContext.class, ExportContext.builder()
          .programme(DutchTechZone.programme()).year(2022).build())
      .setDefault(DatasetProblem.class, DatasetProblem.of("$", 1, 1, "x"));

  @Test
  void publicMethodsRejectNullArguments() {
    tester.testAllPublicStaticMethods(JsonDatasets.class);
    tester.testAllPublicStaticMethods(Dataset.class);
    tester.testAllPublicStaticMethods(DatasetProblem.class);
    tester.testAllPublicInstanceMethods(new JsonExporter());
    tester.testAllPublicInstanceMethods(Dataset.dutchTechZone());
    tester.testAllPublicConstructors(DatasetException.class);
  }

  @Test
  void aProblemNeedsAPathFromTheRootAndAPosition() {
    assertThatThrownBy(() -> DatasetProblem.of("programme", 1, 1, "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'programme'");
    assertThatThrownBy(() -> DatasetProblem.of("$", 0, 1, "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line");
    assertThatThrownBy(() -> DatasetProblem.of("$", 1, 1, " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("message");
  }

  @Test
  void anExceptionNeedsAtLeastOneProblem() {
    assertThatThrownBy(() -> new DatasetException(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    DatasetException e = new DatasetException(List.of(DatasetProblem.of("$.a", 2, 3, "bad")));
    assertThat(e.getMessage()).isEqualTo("the dataset has 1 problem:\n  $.a (line 2, column 3): bad");
  }

  @Test
  void aDatasetRejectsTwoPlansForOneYear() {
    assertThatThrownBy(() -> Dataset.builder().programme(DutchTechZone.programme())
        .addPlans(DutchTechZone.plan2023(), DutchTechZone.plan2023()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most one plan per year").hasMessageContaining("2023");
  }

  @Test
  void aDatasetRejectsAReportOfAnotherProgramme() {
    var other = nl.dutchtechzone.core.report.AnnualReport.builder().programmeId("other")
        .year(2022).build();

    assertThatThrownBy(() -> Dataset.builder().programme(DutchTechZone.programme())
        .addReports(other).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'other'").hasMessageContaining("'dtz'");
  }

  @Test
  void aDatasetRejectsAnIndicatorValueOfAnUnknownIndicator() {
    var report = nl.dutchtechzone.core.report.AnnualReport.builder().programmeId("dtz")
        .year(2022).addIndicatorValues(nl.dutchtechzone.core.report.IndicatorValue.builder()
            .id("v").indicatorId("nope").title(nl.dutchtechzone.core.LocalizedText.dutch("t"))
            .value(java.math.BigDecimal.ONE).build())
        .build();

    assertThatThrownBy(() -> Dataset.builder().programme(DutchTechZone.programme())
        .addReports(report).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown indicator id 'nope'");
  }

  @Test
  void findsPlansAndReportsByYear() {
    Dataset d = Dataset.dutchTechZone();

    assertThat(d.plan(2023)).contains(DutchTechZone.plan2023());
    assertThat(d.plan(2022)).isEmpty();
    assertThat(d.report(2022)).contains(DutchTechZone.report2022());
    assertThat(d.report(2023)).isEmpty();
  }
}
