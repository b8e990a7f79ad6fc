package nl.dutchtechzone.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import nl.dutchtechzone.finance.contribution.ContributionLine;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.contribution.FigureStatus;
import nl.dutchtechzone.reporting.Fixtures;
import nl.dutchtechzone.reporting.Render;
import nl.dutchtechzone.reporting.markdown.MarkdownExporter;
import nl.dutchtechzone.reporting.spi.ExportContext;
import org.junit.jupiter.api.Test;

/** A revised provisional figure is named as such in both languages, not as provisional. */
class RevisedFigureLabelTest {

  @Test
  void aRevisedProvisionalFigureIsLabelledRevisedProvisional() {
    ContributionStatement reference = Fixtures.contributions2021();
    ContributionStatement.Builder revised = ContributionStatement.builder().from(reference)
        .lines(java.util.List.of());
    for (ContributionLine l : reference.lines()) {
      revised.addLines(ContributionLine.builder().from(l)
          .figureStatus(FigureStatus.REVISED_PROVISIONAL).build());
    }
    ContributionStatement statement = revised.build();
    String en = Render.text(new MarkdownExporter(), Fixtures.referenceBuilder(
        ExportContext.ENGLISH).contributions(statement).build());
    String nl = Render.text(new MarkdownExporter(), Fixtures.referenceBuilder(
        ExportContext.DUTCH).contributions(statement).build());
    assertThat(en).contains("revised provisional");
    assertThat(nl).contains("nader voorlopig");
  }
}
