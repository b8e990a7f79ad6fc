package nl.dutchtechzone.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.dutchtechzone.reporting.json.Dataset;
import nl.dutchtechzone.reporting.json.JsonDatasets;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.spi.ReportExporter;
import org.junit.jupiter.api.Test;

/**
 * Completes {@link AllExportersTest#writesTheSameBytesUnderAnyDefaultLocaleAndTimeZone}: that
 * test covers exactly the five built-in exporters, and the JSON dataset I/O and the registry's
 * file names do not depend on the default locale and time zone either.
 */
class LocaleIndependenceTest {

  private static final List<Locale> LOCALES = List.of(Locale.forLanguageTag("tr-TR"),
      Locale.forLanguageTag("en-US"), Locale.forLanguageTag("nl-NL"));
  private static final List<String> ZONES = List.of("Pacific/Kiritimati",
      "America/Los_Angeles", "Europe/Amsterdam", "Asia/Kathmandu", "UTC");

  /** What a supplier gives under every combination of the locales and zones. */
  private static <T> List<T> underEveryDefault(Supplier<T> supplier) {
    Locale savedLocale = Locale.getDefault();
    Locale savedFormat = Locale.getDefault(Locale.Category.FORMAT);
    Locale savedDisplay = Locale.getDefault(Locale.Category.DISPLAY);
    TimeZone savedZone = TimeZone.getDefault();
    try {
      return LOCALES.stream().flatMap(locale -> ZONES.stream().map(zone -> {
        Locale.setDefault(locale);
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        return supplier.get();
      })).collect(Collectors.toList());
    } finally {
      Locale.setDefault(savedLocale);
      Locale.setDefault(Locale.Category.FORMAT, savedFormat);
      Locale.setDefault(Locale.Category.DISPLAY, savedDisplay);
      TimeZone.setDefault(savedZone);
    }
  }

  @Test
  void theDeterminismTestCoversAllSixBuiltInExporters() {
    assertThat(AllExportersTest.builtIns()).extracting(ReportExporter::format)
        .containsExactly("csv", "csv-progress", "html", "json", "markdown", "xlsx");
  }

  @Test
  void everyBuiltInWritesTheSameBytesForTheReferenceDataUnderEveryLocaleAndZone() {
    for (ReportExporter exporter : AllExportersTest.builtIns()) {
      for (Locale language : List.of(ExportContext.DUTCH, ExportContext.ENGLISH)) {
        ExportContext context = Fixtures.reference(language);
        byte[] expected = Render.bytes(exporter, context);
        assertThat(underEveryDefault(() -> Render.bytes(exporter, context)))
            .as("%s in %s", exporter.format(), language)
            .hasSize(LOCALES.size() * ZONES.size()).allSatisfy(b -> assertThat(b)
                .isEqualTo(expected));
      }
    }
  }

  @Test
  void theDatasetJsonIsTheSameUnderEveryLocaleAndZone() {
    byte[] expected = JsonDatasets.toBytes(Dataset.dutchTechZone());

    assertThat(underEveryDefault(() -> JsonDatasets.toBytes(Dataset.dutchTechZone())))
        .allSatisfy(b -> assertThat(b).isEqualTo(expected));
  }

  @Test
  void theDatasetReadsTheSameUnderEveryLocaleAndZone() {
    byte[] json = JsonDatasets.toBytes(Dataset.dutchTechZone());

    assertThat(underEveryDefault(() -> {
      try {
        return JsonDatasets.read(json);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    })).allSatisfy(d -> assertThat(d).isEqualTo(Dataset.dutchTechZone()));
  }

  @Test
  void fileNamesAreTheSameUnderEveryLocaleAndZone() {
    Exporters exporters = Exporters.discover();
    ExportContext context = Fixtures.reference(ExportContext.DUTCH);

    assertThat(underEveryDefault(() -> exporters.formats().stream()
        .filter(f -> !f.startsWith("test-") && !f.equals("dup"))
        .map(f -> exporters.fileName(f, context)).collect(Collectors.toList())))
        .allSatisfy(names -> assertThat(names).containsExactly("DTZ-2023.csv",
            "DTZ-2023.progress.csv", "DTZ-2023.html", "DTZ-2023.json", "DTZ-2023.md",
            "DTZ-2023.xlsx"));
  }
}
