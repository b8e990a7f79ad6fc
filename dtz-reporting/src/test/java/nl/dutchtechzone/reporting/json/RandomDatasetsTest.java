package nl.dutchtechzone.reporting.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.report.AnnualReport;
import org.junit.jupiter.api.Test;

/** The generator of the property tests reaches every optional part of the format. */
class RandomDatasetsTest {

  private final List<Dataset> sample = LongStream.range(0, 300)
      .mapToObj(RandomDatasets::generate).collect(Collectors.toList());

  @Test
  void generatesEveryOptionalPartOfTheProgramme() {
    assertThat(sample).anyMatch(d -> d.programme().office().isPresent())
        .anyMatch(d -> d.programme().board().isPresent())
        .anyMatch(d -> d.programme().partners().stream().anyMatch(p -> p.cbsCode().isPresent()))
        .anyMatch(d -> d.programme().memberships().stream()
            .anyMatch(m -> m.lastYear().isPresent()))
        .anyMatch(d -> d.programme().relatedProgrammes().stream()
            .anyMatch(r -> r.fundEvents().stream().anyMatch(e -> e.date().isPresent())))
        .anyMatch(d -> d.programme().contributionPerInhabitant().isPresent())
        .anyMatch(d -> d.programme().contributionPerInhabitant().isEmpty())
        .anyMatch(d -> d.inhabitantFigures().size() > 3);
  }

  @Test
  void generatesPlansWithBudgetsTargetsAndInKindValues() {
    List<AnnualPlan> plans = sample.stream().flatMap(d -> d.plans().stream())
        .collect(Collectors.toList());

    assertThat(plans).anyMatch(p -> p.budget().map(b -> b.lines().size() > 1).orElse(false))
        .anyMatch(p -> p.budget().map(b -> !b.outOfScope().isEmpty()).orElse(false))
        .anyMatch(p -> p.actions().stream().anyMatch(a -> a.target().isPresent()))
        .anyMatch(p -> p.actions().stream().anyMatch(a -> !a.headingIds().isEmpty()))
        .anyMatch(p -> p.inKind().stream().anyMatch(k -> k.fte().isPresent()
            && k.estimatedValue().isPresent() && k.partnerId().isPresent()));
  }

  @Test
  void generatesReportsWithStatementsAndLinksToThePlan() {
    List<AnnualReport> reports = sample.stream().flatMap(d -> d.reports().stream())
        .collect(Collectors.toList());

    assertThat(reports).anyMatch(r -> r.statement().map(s -> s.spending().size() > 1)
            .orElse(false))
        .anyMatch(r -> r.statement().map(s -> s.carriedForward().isNegative()).orElse(false))
        .anyMatch(r -> r.activities().stream().anyMatch(a -> !a.aimIds().isEmpty()))
        .anyMatch(r -> !r.indicatorValues().isEmpty());
    assertThat(sample).anyMatch(d -> d.reports().stream().anyMatch(r -> d.plan(r.year())
        .isPresent() && r.items().stream().anyMatch(i -> !i.actionIds().isEmpty())));
  }
}
