package nl.dutchtechzone.reporting.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.dutchtechzone.reporting.Fixtures;
import nl.dutchtechzone.reporting.Render;
import nl.dutchtechzone.reporting.spi.ExportContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

class HtmlExporterTest {

  private static final HtmlExporter HTML = new HtmlExporter();

  static java.util.stream.Stream<ExportContext> contexts() {
    return java.util.stream.Stream.of(Fixtures.reference(ExportContext.DUTCH),
        Fixtures.reference(ExportContext.ENGLISH), Fixtures.illustrative(ExportContext.DUTCH),
        Fixtures.illustrative(ExportContext.ENGLISH), Fixtures.programmeOnly(ExportContext.DUTCH));
  }

  private static Document parse(byte[] html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setExpandEntityReferences(false);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html));
  }

  @ParameterizedTest
  @MethodSource("contexts")
  void isWellFormedSoEveryTextIsEscaped(ExportContext context) throws Exception {
    Document doc = parse(Render.bytes(HTML, context));

    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("html");
    assertThat(doc.getDocumentElement().getAttribute("lang"))
        .isEqualTo(context.locale().getLanguage());
  }

  @ParameterizedTest
  @MethodSource("contexts")
  void fetchesNothingFromTheNetwork(ExportContext context) {
    String html = Render.text(HTML, context);

    assertThat(html).doesNotContain("<script", "<link", "<img", "<iframe", "src=", "href=",
        "url(", "@import", "xlink:");
    assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" "
        + "content=\"default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; "
        + "img-src data:\"/>");
  }

  @Test
  void drawsTheWaterfallOfTheReferenceYear() {
    String html = Render.text(HTML, Fixtures.reference(ExportContext.DUTCH));

    String svg = between(html, "<svg", "</svg>");
    assertThat(count(svg, "<rect")).isEqualTo(6);
    assertThat(svg).contains("fill=\"#1f4e79\"><title>Doorgeschoven budget 2021: € 130.500,00"
        + "</title>")
        .contains("fill=\"#2e7d32\"><title>Inkomsten 2022: € 261.089,00</title>")
        .contains("<title>Programmakosten incl. Program Board: € -223.573,30</title>")
        .contains(">€ -223.573,30</text>").doesNotContain("−")
        .contains("<title>Saldo einde jaar (berekend): € 102.121,79</title>");
    assertThat(html).contains("<tr class=\"total\"><td>Saldo einde jaar (berekend)</td>"
        + "<td class=\"num\">€ 102.121,79</td></tr>");
  }

  @Test
  void drawsTheContributionsPerMunicipalityAsBars() {
    String html = Render.text(HTML, Fixtures.reference(ExportContext.DUTCH));

    String svg = between(html, "aria-labelledby=\"contributions-chart-title", "</svg>");
    assertThat(count(svg, "<rect")).isEqualTo(4);
    assertThat(svg).contains("<title>Emmen: € 107.024,00 · 107.024 inwoners</title>")
        .contains(">€ 35.317,00 · 35.317 inwoners</text>");
    assertThat(html).contains("<tr class=\"total\"><td>Totaal</td><td></td>"
        + "<td class=\"num\">259.290</td><td></td><td class=\"num\"></td>"
        + "<td class=\"num\">€ 259.290,00</td><td></td></tr>");
  }

  @Test
  void writesTheFiguresSourceInTheReadersLanguage() {
    String nl = Render.text(HTML, Fixtures.reference(ExportContext.DUTCH));
    String en = Render.text(HTML, Fixtures.reference(ExportContext.ENGLISH));

    assertThat(nl).contains("<p class=\"note\">Bron: CBS, tabel 03759ned, zoals aangehaald op"
        + " encyclopediepagina&#39;s</p>").doesNotContain("as quoted by")
        .doesNotContain("table 03759");
    assertThat(en).contains("<p class=\"note\">Source: CBS, table 03759ned, as quoted by"
        + " encyclopaedia pages</p>").doesNotContain("zoals aangehaald")
        .doesNotContain("tabel 03759");
  }

  @Test
  void listsTheValidationFindings() {
    String html = Render.text(HTML, Fixtures.illustrative(ExportContext.ENGLISH));

    assertThat(html).contains("<tr><td><span class=\"warn\">error</span></td><td>DTZ-F002</td>"
        + "<td>statement[2022].spending</td><td>The spending lines of 2022 add up to");
    assertThat(Render.text(HTML, Fixtures.illustrative(ExportContext.DUTCH)))
        .contains("<td><span class=\"warn\">fout</span></td>").doesNotContain(">error<");
    assertThat(Render.text(HTML, Fixtures.reference(ExportContext.ENGLISH)))
        .contains("<h2 id=\"h-validation\">Validation</h2>\n<p>No findings.</p>");
  }

  @Test
  void showsTheCountsAsTiles() {
    String html = Render.text(HTML, Fixtures.reference(ExportContext.ENGLISH));

    assertThat(html)
        .contains("<li class=\"tile\"><span class=\"n\">65</span><span class=\"l\">"
            + "initiatives talked with (2022)</span></li>")
        .contains("<span class=\"n\">16</span><span class=\"l\">Activities (2022)</span>")
        .contains("<span class=\"n money\">€ 102,121.79</span>")
        .contains("<span class=\"n\">15</span>");
  }

  @Test
  void showsProgressPerThemeAndListsTheGaps() {
    String html = Render.text(HTML, Fixtures.illustrative(ExportContext.ENGLISH));

    assertThat(html).contains("<span class=\"pill s-done\">done</span>")
        .contains("<span><i style=\"background:#6d4c41\"></i>dropped 1</span>")
        .contains(">Planned actions without evidence (16)</h3>")
        .contains("<td>More meetings than planned</td>")
        .contains("Network &amp; connection &lt;test&gt;")
        .doesNotContain("<test>")
        .contains("=HYPERLINK(&quot;http://example.invalid&quot;) &quot;quoted&quot;, comma");
  }

  @Test
  void budgetTotalsStandUnderPlannedAndUnderAmended() {
    String html = Render.text(HTML, Fixtures.illustrative(ExportContext.DUTCH));

    assertThat(html).contains("<tr class=\"total\"><td>Totaal uitgaven</td><td></td><td></td>"
        + "<td class=\"num\">€ 290.000,00</td><td class=\"num\">€ 295.000,00</td></tr>")
        .contains("<tr class=\"excluded\"><td>-Netwerk- en verbindingsplan "
            + "(buiten de totalen: geoormerkt)</td>");
  }

  @Test
  void everyChartHasATitleAndADescriptionForScreenReaders() {
    String html = Render.text(HTML, Fixtures.reference(ExportContext.DUTCH));

    assertThat(count(html, "<svg ")).isEqualTo(3);
    assertThat(count(html, "role=\"img\" aria-labelledby=\"")).isEqualTo(3);
    assertThat(count(html, "<desc id=\"")).isEqualTo(3);
    assertThat(html).contains("Dezelfde cijfers staan in de tabel hieronder.</desc>");
  }

  @Test
  void hasPrintRules() {
    assertThat(Render.text(HTML, Fixtures.reference(ExportContext.DUTCH)))
        .contains("@media print{").contains("@page{size:A4");
  }

  @Test
  void escapesTheFiveSpecialCharacters() {
    assertThat(Html.escape("<a href='x'>\"&\"</a>"))
        .isEqualTo("&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;");
  }

  @Test
  void scalesWithIntegerArithmeticRoundingHalfUp() {
    assertThat(Svg.scale(0, 0, 100, 240)).isZero();
    assertThat(Svg.scale(100, 0, 100, 240)).isEqualTo(240);
    assertThat(Svg.scale(1, 0, 3, 100)).isEqualTo(33);
    assertThat(Svg.scale(1, 0, 8, 100)).isEqualTo(13);
    assertThat(Svg.scale(5, 5, 5, 100)).isZero();
  }

  @Test
  void wrapsLabelsAtWordsAndCutsTheRest() {
    assertThat(Svg.wrap("Programmakosten incl. Program Board", 18, 3))
        .containsExactly("Programmakosten", "incl. Program", "Board");
    assertThat(Svg.wrap("aa bb cc", 3, 2)).containsExactly("aa", "bb…");
  }

  @Test
  void cutsLabelsBetweenCharactersNeverInsideOne() {
    String faces = "😀😀😀😀😀 x y";

    assertThat(Svg.wrap(faces, 4, 1)).containsExactly("😀😀😀…");
    assertThat(Svg.wrap("e\u0301e\u0301e\u0301e\u0301e\u0301 x", 4, 1))
        .containsExactly("e\u0301e\u0301e\u0301…");
    assertThat(Svg.wrap("😀😀 😀😀", 2, 2)).containsExactly("😀😀", "😀😀");
    assertThat(Svg.graphemes("😀e\u0301a")).isEqualTo(3);
  }

  private static String between(String text, String from, String to) {
    int start = text.indexOf(from);
    return text.substring(start, text.indexOf(to, start) + to.length());
  }

  private static int count(String text, String what) {
    Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
