package nl.dutchtechzone.reporting.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TimeZone;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.finance.reference.ReferenceInhabitants;
import org.junit.jupiter.api.Test;

/**
 * The reference data has one source, the Java of {@code DutchTechZone}: the class-path resource
 * is generated from it by the build ({@code ReferenceResource}, not committed), and the committed
 * docs example {@code docs/examples/dtz-reference.json} is byte-identical to what the writer
 * writes for {@link Dataset#dutchTechZone()}.
 *
 * <p>After a deliberate change of the reference data or the format, regenerate the docs example
 * with {@code mvn -pl dtz-reporting -am test -Dtest=ReferenceDatasetTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Ddtz.writeReference=true} and review the diff.
 */
class ReferenceDatasetTest {

  private static final Path MODULE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
  private static final Path DOCS_FILE = MODULE.resolve("../docs/examples/dtz-reference.json");
  private static final Path SOURCE_RESOURCE =
      MODULE.resolve("src/main/resources/" + JsonDatasets.REFERENCE_RESOURCE);

  private static byte[] written() throws IOException {
    byte[] bytes = JsonDatasets.toBytes(Dataset.dutchTechZone());
    if (Boolean.getBoolean("dtz.writeReference")) {
      Files.write(DOCS_FILE.normalize(), bytes);
    }
    return bytes;
  }

  @Test
  void committedExampleEqualsTheWritersOutput() throws IOException {
    byte[] expected = written();
    assertThat(new String(Files.readAllBytes(DOCS_FILE), UTF_8))
        .as("docs/examples/dtz-reference.json; regenerate it as the class comment says")
        .isEqualTo(new String(expected, UTF_8));
  }

  @Test
  void theResourceIsGeneratedNotCommitted() {
    assertThat(SOURCE_RESOURCE).as("a hand-kept copy of the reference data").doesNotExist();
  }

  @Test
  void shippedResourceEqualsTheWritersOutput() throws IOException {
    byte[] expected = written();
    try (InputStream in = JsonDatasets.class.getResourceAsStream("dtz-reference.json")) {
      assertThat(in).as("class-path resource " + JsonDatasets.REFERENCE_RESOURCE).isNotNull();
      assertThat(new String(in.readAllBytes(), UTF_8)).isEqualTo(new String(expected, UTF_8));
    }
  }

  @Test
  void shippedReferenceDatasetEqualsTheJavaReferenceData() {
    Dataset shipped = JsonDatasets.reference();

    assertThat(shipped).isEqualTo(Dataset.dutchTechZone());
    assertThat(shipped.programme()).isEqualTo(DutchTechZone.programme());
    assertThat(shipped.plan(2023)).contains(DutchTechZone.plan2023());
    assertThat(shipped.report(2022)).contains(DutchTechZone.report2022());
    assertThat(shipped.coverLetters()).containsExactly(DutchTechZone.coverLetter());
    assertThat(shipped.inhabitantFigures()).isEqualTo(ReferenceInhabitants.figures2021());
  }

  @Test
  void referenceSurvivesARoundTrip() throws DatasetException {
    Dataset reference = Dataset.dutchTechZone();

    assertThat(JsonDatasets.read(JsonDatasets.toBytes(reference))).isEqualTo(reference);
  }

  @Test
  void writesAmountsAsStringsInPlainNotation() {
    String json = new String(JsonDatasets.toBytes(Dataset.dutchTechZone()), UTF_8);

    assertThat(json)
        .contains("\"carriedForward\": \"130500.00\"")
        .contains("\"amount\": \"261089.00\"")
        .contains("\"statedSpendingTotal\": \"289467.21\"")
        .contains("\"amount\": \"1400000.00\"")
        .contains("\"contributionPerInhabitant\": \"1.00\"")
        .contains("\"value\": \"65\"")
        .contains("\"inhabitants\": 107024,\n      \"status\": \"provisional\"")
        .startsWith("{\n  \"dtzFormat\": 1,\n  \"programme\": {\n")
        .endsWith("}\n")
        .doesNotContain("\r")
        .doesNotContain("\t");
  }

  @Test
  void writesTheSameBytesUnderAnyDefaultLocaleAndTimeZone() {
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      byte[] turkish = JsonDatasets.toBytes(Dataset.dutchTechZone());
      Locale.setDefault(Locale.US);
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      byte[] american = JsonDatasets.toBytes(Dataset.dutchTechZone());
      Locale.setDefault(Locale.forLanguageTag("nl-NL"));
      byte[] dutch = JsonDatasets.toBytes(Dataset.dutchTechZone());

      assertThat(turkish).isEqualTo(american).isEqualTo(dutch);
      assertThat(new String(turkish, UTF_8)).contains("\"kind\": \"education-institution\"")
          .contains("\"direction\": \"higher-is-better\"");
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void readsTheSameUnderATurkishDefaultLocale() throws DatasetException {
    Locale locale = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(JsonDatasets.read(JsonDatasets.toBytes(Dataset.dutchTechZone())))
          .isEqualTo(Dataset.dutchTechZone());
    } finally {
      Locale.setDefault(locale);
    }
  }
}
