package nl.dutchtechzone.reporting.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.plan.ActionPoint;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.InvestmentTheme;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.Outcome;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.reporting.Fixtures;
import nl.dutchtechzone.reporting.Render;
import nl.dutchtechzone.reporting.spi.ExportContext;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders the Markdown export with a CommonMark renderer (with GitHub's tables) and checks the
 * result, not only the Markdown text: hostile leading white space and control characters in
 * every text position must not make a code block, lose the bold of a title, or show asterisks.
 */
class MarkdownRenderedTest {

  private static final List<org.commonmark.Extension> EXTENSIONS =
      List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
      .escapeHtml(true).build();

  private static String rendered(ExportContext context) {
    return RENDERER.render(PARSER.parse(Render.text(new MarkdownExporter(), context)));
  }

  /** A document whose theme title, action text and outcome title start with a prefix. */
  private static ExportContext hostile(String prefix) {
    AnnualPlan plan = AnnualPlan.builder().from(DutchTechZone.plan2023())
        .themes(List.of(InvestmentTheme.builder().id("hostile")
            .title(LocalizedText.of(prefix + "Thema", prefix + "Theme"))
            .addActions(ActionPoint.builder().id("2023.9")
                .text(LocalizedText.of(prefix + "=1+1 277", prefix + "=1+1 277")).build())
            .build()))
        .headings(List.of())
        .build();
    AnnualReport report = AnnualReport.builder().from(DutchTechZone.report2022())
        .outcomes(List.of(Outcome.builder().id("2022.hostile")
            .title(LocalizedText.of(prefix + "=1+1 277", prefix + "=1+1 277"))
            .summary(LocalizedText.of(prefix + "samenvatting", prefix + "summary")).build()))
        .build();
    return ExportContext.builder().from(Fixtures.reference(ExportContext.DUTCH)).plan(plan)
        .report(report).tracking(java.util.Optional.empty()).build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"    ", "        ", " ", "\t", "\r", "\n", "\u0000", "\u001b",
      "\u00a0", "\u3000", " \t\r\n "})
  void leadingWhiteSpaceAndControlCharactersNeitherMakeCodeNorBreakBold(String prefix) {
    String html = rendered(hostile(prefix));

    assertThat(html).doesNotContain("<pre>").doesNotContain("<code>")
        .doesNotContain("**").doesNotContain("\u001b").doesNotContain("\u0000");
    assertThat(html).contains("<strong>=1+1 277</strong>: samenvatting");
    assertThat(html).contains("<h3>Thema</h3>");
    assertThat(html).contains("<td>=1+1 277</td>");
  }

  @ParameterizedTest
  @ValueSource(strings = {"reference-nl", "reference-en", "illustrative-en"})
  void everyTableRendersAsATableAndNothingAsCode(String name) {
    ExportContext context = name.startsWith("reference")
        ? Fixtures.reference(name.endsWith("nl") ? ExportContext.DUTCH : ExportContext.ENGLISH)
        : Fixtures.illustrative(ExportContext.ENGLISH);
    String md = Render.text(new MarkdownExporter(), context);
    String html = rendered(context);

    long tablesInMarkdown = md.lines().filter(l -> l.startsWith("| --- ")).count();
    assertThat(html.split("<table>", -1).length - 1).isEqualTo((int) tablesInMarkdown);
    assertThat(html).doesNotContain("<pre>").doesNotContain("<code>")
        .doesNotContain("<test>").doesNotContain("<a ");
  }
}
