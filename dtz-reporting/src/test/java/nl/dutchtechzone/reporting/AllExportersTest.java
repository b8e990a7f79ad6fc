package nl.dutchtechzone.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.spi.ReportExporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

  private static final class CloseRecorder extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }
}
