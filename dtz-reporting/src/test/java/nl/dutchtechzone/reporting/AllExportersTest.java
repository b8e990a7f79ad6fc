package nl.dutchtechzone.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.spi.ReportExporter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.NodeList;

/** What every built-in exporter promises, checked for each of them on every test document. */
class AllExportersTest {

  static List<ReportExporter> builtIns() {
    return Exporters.discover().exporters().stream()
        .filter(e -> e.getClass().getName().startsWith("nl.dutchtechzone.reporting.")
            && !e.format().startsWith("test-") && !e.format().equals("dup"))
        .collect(Collectors.toList());
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (ReportExporter exporter : builtIns()) {
      for (Locale locale : List.of(ExportContext.DUTCH, ExportContext.ENGLISH)) {
        cases.add(Arguments.of(exporter.format(), exporter, Fixtures.reference(locale)));
        cases.add(Arguments.of(exporter.format(), exporter, Fixtures.illustrative(locale)));
        cases.add(Arguments.of(exporter.format(), exporter, Fixtures.programmeOnly(locale)));
        cases.add(Arguments.of(exporter.format(), exporter, Fixtures.referenceBuilder(locale)
            .options(Fixtures.excelNl()).build()));
      }
    }
    return cases.stream();
  }

  private static byte[] renderUnder(Locale locale, String zone, ReportExporter exporter,
      ExportContext context) {
    Locale savedLocale = Locale.getDefault();
    Locale savedFormat = Locale.getDefault(Locale.Category.FORMAT);
    Locale savedDisplay = Locale.getDefault(Locale.Category.DISPLAY);
    TimeZone savedZone = TimeZone.getDefault();
    try {
      Locale.setDefault(locale);
      TimeZone.setDefault(TimeZone.getTimeZone(zone));
      return Render.bytes(exporter, context);
    } finally {
      Locale.setDefault(savedLocale);
      Locale.setDefault(Locale.Category.FORMAT, savedFormat);
      Locale.setDefault(Locale.Category.DISPLAY, savedDisplay);
      TimeZone.setDefault(savedZone);
    }
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("cases")
  void writesTheSameBytesUnderAnyDefaultLocaleAndTimeZone(String format,
      ReportExporter exporter, ExportContext context) {
    byte[] turkish = renderUnder(Locale.forLanguageTag("tr-TR"), "Pacific/Kiritimati",
        exporter, context);
    byte[] american = renderUnder(Locale.US, "America/Los_Angeles", exporter, context);
    byte[] dutch = renderUnder(Locale.forLanguageTag("nl-NL"), "Europe/Amsterdam", exporter,
        context);

    assertThat(turkish).isNotEmpty().isEqualTo(american).isEqualTo(dutch)
        .isEqualTo(Render.bytes(exporter, context));
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("cases")
  void writesValidUtf8WithTheLineEndsOfItsFormat(String format, ReportExporter exporter,
      ExportContext context) throws CharacterCodingException {
    if (format.equals("xlsx")) {
      // A zip archive, not text: XlsxExporterTest checks the XML parts inside it.
      return;
    }
    String text = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(Render.bytes(exporter, context))).toString();

    if (format.startsWith("csv")) {
      assertThat(text.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
    } else {
      assertThat(text).doesNotContain("\r").endsWith("\n");
    }
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("cases")
  void leavesTheStreamOpen(String format, ReportExporter exporter, ExportContext context)
      throws IOException {
    CloseRecorder out = new CloseRecorder();

    exporter.export(context, out);

    assertThat(out.closed).isFalse();
    assertThat(out.size()).isPositive();
  }

  static Stream<Arguments> hostileCases() {
    List<Arguments> cases = new ArrayList<>();
    for (ReportExporter exporter : builtIns()) {
      for (Locale locale : List.of(ExportContext.DUTCH, ExportContext.ENGLISH)) {
        cases.add(Arguments.of(exporter.format(), exporter, Fixtures.hostile(locale)));
      }
    }
    return cases.stream();
  }

  /**
   * Texts that start with a formula character, tab, CR, U+202E or NUL and hold markup, quotes,
   * controls and bidi overrides: every format stays what it is (a spreadsheet runs no formula, a
   * browser no script, the XML parses), the human-readable ones let no text reorder what follows
   * it, the data formats keep the text as it was, and the bytes are the same in any default
   * locale and time zone.
   */
  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("hostileCases")
  void hostileTextsStayText(String format, ReportExporter exporter, ExportContext context)
      throws Exception {
    byte[] bytes = Render.bytes(exporter, context);
    assertThat(renderUnder(Locale.forLanguageTag("tr-TR"), "Pacific/Kiritimati", exporter,
        context)).isEqualTo(bytes);
    String hostile = Fixtures.HOSTILE_STARTS.get(0) + Fixtures.HOSTILE_REST;
    if (format.startsWith("csv")) {
      String text = new String(bytes, StandardCharsets.UTF_8);
      int neutralised = 0;
      for (CSVRecord record : CSVFormat.RFC4180.builder()
          .setDelimiter(text.lines().findFirst().orElseThrow().contains(";") ? ';' : ',')
          .build().parse(new StringReader(text.replace("\uFEFF", "")))) {
        for (String cell : record) {
          if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            assertThat(cell).as("a cell a spreadsheet would run").matches("-?[0-9][0-9.,]*");
          }
          neutralised += cell.startsWith("'") ? 1 : 0;
        }
      }
      assertThat(neutralised).as("hostile cells, neutralised").isPositive();
      return;
    }
    if (format.equals("xlsx")) {
      try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
          byte[] part = zip.readAllBytes();
          if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
            org.w3c.dom.Document dom = xml(part);
            NodeList formulas = dom.getElementsByTagName("f");
            for (int i = 0; i < formulas.getLength(); i++) {
              assertThat(formulas.item(i).getTextContent()).as("a formula in " + entry.getName())
                  .doesNotContain("script", "alert");
            }
          }
        }
      }
      return;
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("\u0000");
    switch (format) {
      case "json" -> {
        String quoted = new ObjectMapper().writeValueAsString(hostile);
        assertThat(new ObjectMapper().readTree(bytes).toString())
            .as("the data keep the text as it was")
            .contains(quoted.substring(0, quoted.length() - 1));
      }
      case "html" -> {
        org.w3c.dom.Document dom = xml(bytes);
        assertThat(dom.getElementsByTagName("script").getLength()).isZero();
        assertThat(text).contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;")
            .doesNotContain("\u202e", "\u2066", "\r");
      }
      case "markdown" -> assertThat(text).contains("\\<script\\>")
          .doesNotContainPattern("(?<!\\\\)<script").doesNotContain("\u202e", "\u2066", "\r");
      default -> throw new AssertionError("a built-in format this test does not know: " + format);
    }
  }

  private static org.w3c.dom.Document xml(byte[] bytes) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
  }

  private static final class CloseRecorder extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }
}
