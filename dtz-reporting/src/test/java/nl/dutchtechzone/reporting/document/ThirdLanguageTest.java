package nl.dutchtechzone.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.reporting.Fixtures;
import nl.dutchtechzone.reporting.Render;
import nl.dutchtechzone.reporting.csv.CsvExporter;
import nl.dutchtechzone.reporting.html.HtmlExporter;
import nl.dutchtechzone.reporting.json.JsonExporter;
import nl.dutchtechzone.reporting.markdown.MarkdownExporter;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.xlsx.XlsxExporter;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/**
 * A language is a bundle file: the German test bundle ({@code texts_de.properties}, a handful of
 * keys and its number notation) gives German headings, labels, sheet names and numbers end to
 * end, English for every key it lacks; machine formats keep ids and carry the language tag.
 */
class ThirdLanguageTest {

  private static final Locale GERMAN = Locale.GERMAN;

  @Test
  void aGermanDocumentHasTheGermanWordsOfItsBundleAndEnglishForTheRest() {
    Document doc = Document.of(Fixtures.illustrative(GERMAN));

    assertThat(doc.locale()).isEqualTo(GERMAN);
    Section budget = doc.section(SectionKind.BUDGET).orElseThrow();
    assertThat(budget.heading()).isEqualTo("Haushalt 2022 (final)");
    Table table = doc.table("budget").orElseThrow();
    assertThat(table.rows()).extracting(r -> r.cell(1)).contains(
        Cell.label("income", "Einnahmen"), Cell.label("spending", "Ausgaben"));
    assertThat(table.columns().get(3).header()).isEqualTo("Planned");
    assertThat(doc.table("settlement").orElseThrow().rows()).last()
        .extracting(r -> r.cell(0)).isEqualTo(Cell.text("Summe"));
    // The data's texts (Dutch and English) are English for every language but Dutch.
    assertThat(table.rows().get(1).cell(0)).isEqualTo(Cell.text("Programme costs"));
  }

  @Test
  void numbersFollowTheNotationOfTheBundleAndEnglishWhereTheLanguageHasNone() {
    Money amount = Money.parse("-1234.56");
    BigDecimal percent = new BigDecimal("12.5");

    Notation german = Notation.of(GERMAN);
    assertThat(german.money(amount)).isEqualTo("€ -1.234,56");
    assertThat(german.percent(percent)).isEqualTo("12,50 %");
    assertThat(german.number(new BigDecimal("1234.5"))).isEqualTo("1.234,5");

    Notation french = Notation.of(Locale.FRENCH);
    assertThat(Texts.hasLanguage("fr")).isFalse();
    assertThat(french.money(amount)).isEqualTo(Notation.of(ExportContext.ENGLISH).money(amount))
        .isEqualTo("€ -1,234.56");
    assertThat(french.percent(percent)).isEqualTo("12.50%");

    assertThat(Notation.of(ExportContext.DUTCH).money(amount)).isEqualTo("€ -1.234,56");
    assertThat(Notation.of(ExportContext.DUTCH).percent(percent)).isEqualTo("12,50 %");
  }

  @Test
  void aBundleWhoseNotationIsNoNotationIsRefusedNamingTheKey() {
    // texts_qq.properties, a test bundle, gives a decimal mark of two characters.
    assertThatThrownBy(() -> Notation.of(Locale.forLanguageTag("qq")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Texts of 'qq': notation.decimal is ',,', expected one character that is"
            + " no digit and no '-'");
  }

  @Test
  void markdownHtmlAndXlsxAreGermanWhereTheBundleIs() throws Exception {
    ExportContext context = Fixtures.illustrative(GERMAN);

    String md = Render.text(new MarkdownExporter(), context);
    assertThat(md).contains("## Haushalt 2022 (final)", "| Einnahmen |", "**Summe**",
        "€ 259.290,00");

    String html = Render.text(new HtmlExporter(), context);
    assertThat(html).contains("<html lang=\"de\"", "Haushalt 2022 (final)", "Einnahmen",
        "€ 259.290,00");

    byte[] xlsx = Render.bytes(new XlsxExporter(), context);
    try (ReadableWorkbook wb = new ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      List<String> names = wb.getSheets().map(Sheet::getName).toList();
      assertThat(names).contains("Haushalt und Ist", "Contributions and settlement");
    }
    Map<String, String> parts = parts(xlsx);
    assertThat(parts.get("docProps/core.xml")).contains("<dc:language>de</dc:language>");
    assertThat(parts.get("xl/sharedStrings.xml")).contains(
        ">Einnahmen<", ">Summe<");
  }

  @Test
  void machineFormatsKeepIdsAndCarryTheLanguageTag() {
    ExportContext context = Fixtures.illustrativeBuilder(Locale.forLanguageTag("de-AT")).build();

    String json = Render.text(new JsonExporter(), context);
    assertThat(json).containsPattern("\"locale\"\\s*:\\s*\"de-AT\"");

    String csv = Render.text(new CsvExporter(), context);
    assertThat(csv).contains(",budget,income,", ",budget,spending,", ",planned,")
        .contains("Carried forward from 2021").doesNotContain("Einnahmen");
  }

  /** The parts of a workbook as UTF-8 text, by name. */
  private static Map<String, String> parts(byte[] xlsx) throws java.io.IOException {
    Map<String, String> parts = new java.util.HashMap<>();
    try (java.util.zip.ZipInputStream zip =
        new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx))) {
      for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        parts.put(e.getName(), new String(zip.readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return parts;
  }
}
