package nl.dutchtechzone.reporting.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import nl.dutchtechzone.reporting.Fixtures;
import nl.dutchtechzone.reporting.Render;
import nl.dutchtechzone.reporting.spi.ExportContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownExporterTest {

  private static final MarkdownExporter MD = new MarkdownExporter();

  @Test
  void writesTheReferenceStatementAsATableWithTheDerivedClosingBalance() {
    String md = Render.text(MD, Fixtures.reference(ExportContext.DUTCH));

    assertThat(md).startsWith("# Dutch TechZone (DTZ) 2023\n\n## Aanbiedingsbrief\n\n")
        .contains("## Financiën 2022\n\n| Post | Bedrag |\n| --- | ---: |\n"
            + "| Doorgeschoven budget 2021 | € 130.500,00 |\n"
            + "| Inkomsten 2022 | € 261.089,00 |\n"
            + "| Programmakosten incl. Program Board | € -223.573,30 |\n"
            + "| Branding, marketing &amp; communicatie | € -34.877,25 |\n"
            + "| Projecten en initiatieven | € -31.016,66 |\n"
            + "| **Totaal uitgaven** | **€ -289.467,21** |\n"
            + "| **Saldo einde jaar (berekend)** | **€ 102.121,79** |\n")
        .contains("- **65** initiatieven gesproken (2022)\n")
        .contains("- **Datum:** Assen, 16 mei 2023\n")
        .contains("| Emmen | GM0114 |\n")
        .contains("De begroting noemt geen bedragen.")
        .doesNotContain("\r").doesNotContain("\n\n\n").endsWith("\n");
  }

  @Test
  void writesTheContributionsPerMunicipalityWithTheirSource() {
    String md = Render.text(MD, Fixtures.reference(ExportContext.DUTCH));

    assertThat(md).contains("## Bijdragen per gemeente 2021 (schatting)\n\n"
        + "| Gemeente | CBS-code | Inwoners | Peildatum | Tarief | Bedrag | Status cijfer |\n"
        + "| --- | --- | ---: | --- | ---: | ---: | --- |\n"
        + "| Coevorden | GM0109 | 35.317 | 1 januari 2021 | € 1,00 | € 35.317,00 | voorlopig |\n"
        + "| Emmen | GM0114 | 107.024 | 1 januari 2021 | € 1,00 | € 107.024,00 | voorlopig |\n")
        .contains("| **Totaal** |  | **259.290** |  |  | **€ 259.290,00** |  |\n")
        .contains("> Bron: CBS, tabel 03759ned, zoals aangehaald op encyclopediepagina's\n")
        .contains("## Controle\n\nGeen bevindingen.\n");
  }

  @Test
  void writesTheFiguresSourceInTheReadersLanguage() {
    String nl = Render.text(MD, Fixtures.reference(ExportContext.DUTCH));
    String en = Render.text(MD, Fixtures.reference(ExportContext.ENGLISH));

    assertThat(nl).contains("> Bron: CBS, tabel 03759ned, zoals aangehaald op"
        + " encyclopediepagina's\n").doesNotContain("as quoted by").doesNotContain("table 03759");
    assertThat(en).contains("> Source: CBS, table 03759ned, as quoted by encyclopaedia pages\n")
        .doesNotContain("zoals aangehaald").doesNotContain("tabel 03759");
  }

  @Test
  void listsTheValidationFindingsInTheWantedLanguage() {
    String en = Render.text(MD, Fixtures.illustrative(ExportContext.ENGLISH));
    String nl = Render.text(MD, Fixtures.illustrative(ExportContext.DUTCH));

    assertThat(en).contains("| error | DTZ-F002 | statement\\[2022\\].spending | The spending "
        + "lines of 2022 add up to EUR 289467.22").contains("| € 289,467.21 | € 289,467.22 |");
    assertThat(nl).contains("| fout | DTZ-F002 |").contains("| € 289.467,21 | € 289.467,22 |")
        .contains("| Ernst | Code | Plaats | Bevinding |")
        .doesNotContain("The spending lines").doesNotContain("error");
  }

  @Test
  void writesEnglishLabelsAndNumbersForTheEnglishLocale() {
    String md = Render.text(MD, Fixtures.reference(ExportContext.ENGLISH));

    assertThat(md).contains("## Finances 2022")
        .contains("| Carried forward 2021 | € 130,500.00 |")
        .contains("| **Closing balance (derived)** | **€ 102,121.79** |")
        .contains("- **Date:** Assen, 16 May 2023")
        .contains("### Planned actions without evidence (15)");
  }

  @Test
  void showsStatusTargetsVariancesAndProgressFromTracking() {
    String md = Render.text(MD, Fixtures.illustrative(ExportContext.ENGLISH));

    assertThat(md)
        .contains("| 2022.1 | Talk with initiatives | done | 60 | 65 | 1 "
            + "| initiatives talked with |\n")
        .contains("| 2022.4 | Dropped action | dropped |  |  | 0 |  |\n")
        .contains("| 2022 | Programme costs incl. Program Board | € 220,000.00 | € 225,000.00 "
            + "| € 223,573.30 | € -1,426.70 | -0.63% |")
        .contains("More meetings than planned")
        .contains("| Network &amp; connection \\<test\\> | 4 | 1 | 0 | 0 | 1 | 1 | 1 | 2 |")
        .contains("| Contributions of the municipalities | Income | Contributions | € 259,290.00 "
            + "| € 259,290.00 |");
  }

  @Test
  void budgetTotalsStandUnderPlannedAndUnderAmendedWithoutTheOutOfScopeLine() {
    String md = Render.text(MD, Fixtures.illustrative(ExportContext.ENGLISH));

    assertThat(md).contains("| Line | Flow | Category | Planned | Amended |\n")
        .contains("| **Total income** |  |  | **€ 259,290.00** | **€ 259,290.00** |\n")
        .contains("| **Total spending** |  |  | **€ 290,000.00** | **€ 295,000.00** |\n")
        .contains("| Programme costs | Spending | Programme costs incl. Program Board "
            + "| € 220,000.00 | € 225,000.00 |")
        .doesNotContain("| programme-costs |");
  }

  @Test
  void gapsNameReportItemsAndIndicatorsAndKeepActionNumbers() {
    String md = Render.text(MD, Fixtures.illustrative(ExportContext.ENGLISH));

    assertThat(md).contains("| 2022 | (network) meetings attended |\n")
        .contains("| 2022 | Opening of SIEC |\n")
        .contains("| 2023 | 2023.1.2 | Support and strengthen the Program Board. |\n")
        .doesNotContain("| meetings-attended |").doesNotContain("| 2022.a01 |");
  }

  @Test
  void aDutchPlanShowsNoEnglishUnitWord() {
    String md = Render.text(MD, Fixtures.illustrative(ExportContext.DUTCH));

    assertThat(md).contains("| 2022.1 | Initiatieven spreken | gereed | 60 | 65 | 1 |")
        .doesNotContain("count");
  }

  @Test
  void escapesDocumentTextSoItNeverBecomesMarkup() {
    String md = Render.text(MD, Fixtures.illustrative(ExportContext.ENGLISH));

    assertThat(md).doesNotContain("<test>").contains("\\<test\\>")
        .contains("=HYPERLINK(\"http\\://example.invalid\")");
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "a|b => a\\|b",
      "<script> => \\<script\\>",
      "[x](y) => \\[x\\](y)",
      "*bold* _it_ => \\*bold\\* \\_it\\_",
      "- item => \\- item",
      "# title => \\# title",
      "1. first => 1\\. first",
      "2023.1.1 text => 2023.1.1 text",
      "see http://x.nl => see http\\://x.nl",
      "www.x.nl => www\\.x.nl",
      "R&D => R&amp;D",
      "$x$ => \\$x\\$",
      "plain text: fine => plain text: fine"})
  void escapes(String text, String expected) {
    assertThat(MarkdownExporter.escape(text)).isEqualTo(expected);
  }

  @Test
  void turnsLineBreaksIntoSpaces() {
    assertThat(MarkdownExporter.escape("a\nb\r\nc")).isEqualTo("a b  c");
  }

  @Test
  void writesOnlyTheProgrammeWhenNothingElseIsPresent() {
    String md = Render.text(MD, Fixtures.programmeOnly(ExportContext.DUTCH));

    assertThat(md).contains("## Programma").contains("| Hoogeveen | GM0118 |")
        .doesNotContain("Financiën").doesNotContain("Jaarplan").doesNotContain("Hiaten");
  }
}
