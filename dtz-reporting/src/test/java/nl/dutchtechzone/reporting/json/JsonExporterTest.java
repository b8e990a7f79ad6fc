package nl.dutchtechzone.reporting.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.finance.validation.Validators;
import nl.dutchtechzone.reporting.Exporters;
import nl.dutchtechzone.reporting.Fixtures;
import nl.dutchtechzone.reporting.tracking.Tracker;
import nl.dutchtechzone.reporting.tracking.TrackingInput;
import nl.dutchtechzone.reporting.tracking.TrackingReport;
import nl.dutchtechzone.reporting.spi.ExportContext;
import org.junit.jupiter.api.Test;

/**
 * The {@code json} exporter writes the documented, stable export document.
 *
 * <p>{@code docs/examples/dtz-export-2022.json} is the document for the reference year 2022;
 * regenerate it like the reference dataset ({@link ReferenceDatasetTest}) with
 * {@code -Ddtz.writeReference=true} after a deliberate change.
 */
class JsonExporterTest {

  private static final Path EXAMPLE = Path.of(System.getProperty("basedir", "."))
      .toAbsolutePath().resolve("../docs/examples/dtz-export-2022.json").normalize();

  private static ExportContext year2022() {
    TrackingReport tracking = Tracker.track(TrackingInput.builder()
        .programme(DutchTechZone.programme())
        .addPlans(DutchTechZone.plan2023())
        .addReports(DutchTechZone.report2022())
        .build());
    return ExportContext.builder().programme(DutchTechZone.programme()).year(2022)
        .report(DutchTechZone.report2022()).tracking(tracking)
        .contributions(Fixtures.contributions2021())
        .validation(Validators.statement().validate(
            DutchTechZone.report2022().statement().orElseThrow()))
        .coverLetter(DutchTechZone.coverLetter()).build();
  }

  private static String export(ExportContext context) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonExporter().export(context, out);
    return out.toString(UTF_8);
  }

  private static List<String> topLevelFields(String json) throws IOException {
    List<String> fields = new ArrayList<>();
    try (JsonParser p = JsonSupport.FACTORY.createParser(json)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        fields.add(p.currentName());
        p.nextToken();
        p.skipChildren();
      }
    }
    return fields;
  }

  @Test
  void describesItself() {
    JsonExporter exporter = new JsonExporter();

    assertThat(exporter.format()).isEqualTo("json");
    assertThat(exporter.mediaType()).isEqualTo("application/json");
    assertThat(exporter.fileExtension()).isEqualTo("json");
    assertThat(exporter.priority()).isZero();
  }

  @Test
  void isDiscoveredAsABuiltInExporter() {
    Exporters exporters = Exporters.discover();

    assertThat(exporters.formats()).contains("json");
    assertThat(exporters.get("json")).isInstanceOf(JsonExporter.class);
  }

  @Test
  void writesTheCommittedExampleForTheReferenceYear() throws IOException {
    String json = export(year2022());
    if (Boolean.getBoolean("dtz.writeReference")) {
      Files.writeString(EXAMPLE, json, UTF_8);
    }

    assertThat(Files.readString(EXAMPLE, UTF_8)).as("docs/examples/dtz-export-2022.json")
        .isEqualTo(json);
  }

  @Test
  void writesTheTopLevelFieldsInTheDocumentedOrder() throws IOException {
    assertThat(topLevelFields(export(year2022()))).containsExactly("dtzExport", "format", "year",
        "locale", "programme", "report", "statementTotals", "tracking", "contributions", "validation",
        "coverLetter");
    ExportContext planYear = ExportContext.builder().programme(DutchTechZone.programme())
        .year(2023).plan(DutchTechZone.plan2023()).locale(ExportContext.ENGLISH).build();
    String json = export(planYear);
    assertThat(topLevelFields(json)).containsExactly("dtzExport", "format", "year", "locale",
        "programme", "plan");
    assertThat(json).startsWith("{\n  \"dtzExport\": 1,\n  \"format\": \"json\",\n"
        + "  \"year\": 2023,\n  \"locale\": \"en\",\n");
  }

  @Test
  void writesTheTrackingWithVariancesCountsTargetsAndGaps() throws IOException {
    String json = export(Fixtures.illustrative(ExportContext.DUTCH));

    assertThat(topLevelFields(json)).containsExactly("dtzExport", "format", "year", "locale",
        "programme", "plan", "report", "statementTotals", "tracking", "settlement",
        "validation");
    String tracking = json.substring(json.indexOf("\n  \"tracking\": {"));
    assertThat(tracking)
        .contains("\"byStatus\": {\n")
        .containsSubsequence("\"done\":", "\"in-progress\":", "\"not-started\":",
            "\"dropped\":", "\"carried-over\":", "\"no-evidence\":")
        .contains("\"status\": \"dropped\"")
        .contains("\"kind\": \"action-without-evidence\"")
        .contains("\"rollUp\": {")
        .contains("\"source\": \"planned-action\"");
    assertThat(tracking).containsPattern("\"variance\": \"-?[0-9]+\\.[0-9]{2}\"");
    assertThat(tracking).contains("\"links\": [\n      {\n        \"year\": 2022,\n"
        + "        \"actionId\": \"2022.1\",\n        \"itemId\": \"2022.initiatives\"\n      },");
    assertThat(tracking).contains("\"kind\": \"indicator-value\"")
        .contains("\"assessment\": {\n");
    assertThat(tracking).containsPattern("\"achievedPercent\": \"[0-9]+(\\.[0-9]+)?\"");
  }

  @Test
  void writesContributionsPerMunicipalityWithTheFiguresSource() throws IOException {
    String json = export(year2022());

    assertThat(json).contains("  \"contributions\": {\n"
        + "    \"year\": 2021,\n"
        + "    \"referenceDate\": \"2021-01-01\",\n"
        + "    \"status\": \"estimate\",\n"
        + "    \"rounding\": \"half-up\",\n"
        + "    \"totalInhabitants\": 259290,\n"
        + "    \"total\": \"259290.00\",\n");
    assertThat(json).contains("        \"partnerId\": \"emmen\",\n"
        + "        \"name\": \"Emmen\",\n"
        + "        \"cbsCode\": \"GM0114\",\n"
        + "        \"referenceDate\": \"2021-01-01\",\n"
        + "        \"inhabitants\": 107024,\n"
        + "        \"rate\": \"1.00\",\n"
        + "        \"amount\": \"107024.00\",\n"
        + "        \"figureStatus\": \"provisional\",\n"
        + "        \"figureSource\": {\n"
        + "          \"nl\": \"CBS, tabel 03759ned, zoals aangehaald op encyclopediepagina's\",\n"
        + "          \"en\": \"CBS, table 03759ned, as quoted by encyclopaedia pages\"\n"
        + "        }\n");
    assertThat(json).contains("  \"validation\": {\n    \"valid\": true,\n"
        + "    \"errorCount\": 0,\n    \"warningCount\": 0,\n    \"violations\": []\n  },\n");
  }

  @Test
  void writesTheSettlementPerMunicipalityWithPlainAmountsAfterTheContributions()
      throws IOException {
    ExportContext context = ExportContext.builder().programme(DutchTechZone.programme())
        .year(2021).contributions(Fixtures.contributions2021())
        .settlement(Fixtures.illustrativeSettlement2021()).build();

    String json = export(context);

    assertThat(topLevelFields(json)).containsExactly("dtzExport", "format", "year", "locale",
        "programme", "contributions", "settlement");
    // The illustrative final figures differ by +12, -85, +40 and +103 inhabitants at EUR 1.00.
    assertThat(json).contains("  \"settlement\": {\n"
        + "    \"programmeId\": \"dtz\",\n"
        + "    \"year\": 2021,\n"
        + "    \"estimateTotal\": \"259290.00\",\n"
        + "    \"finalTotal\": \"259360.00\",\n"
        + "    \"total\": \"70.00\",\n"
        + "    \"lines\": [\n"
        + "      {\n"
        + "        \"partnerId\": \"coevorden\",\n"
        + "        \"name\": \"Coevorden\",\n"
        + "        \"estimated\": \"35317.00\",\n"
        + "        \"settled\": \"35329.00\",\n"
        + "        \"difference\": \"12.00\"\n"
        + "      },\n"
        + "      {\n"
        + "        \"partnerId\": \"emmen\",\n"
        + "        \"name\": \"Emmen\",\n"
        + "        \"estimated\": \"107024.00\",\n"
        + "        \"settled\": \"106939.00\",\n"
        + "        \"difference\": \"-85.00\"\n"
        + "      },\n");
    assertThat(json).contains("\"partnerId\": \"hardenberg\"", "\"difference\": \"40.00\"",
        "\"partnerId\": \"hoogeveen\"", "\"difference\": \"103.00\"");
  }

  @Test
  void writesValidationViolationsWithExpectedAndActualAmounts() throws IOException {
    String json = export(Fixtures.illustrative(ExportContext.DUTCH));
    String validation = json.substring(json.indexOf("\n  \"validation\": {"));

    assertThat(validation).contains("\"valid\": false").contains("\"errorCount\": 1")
        .contains("\"severity\": \"error\"")
        .containsPattern("\"expected\": \"[0-9]+\\.[0-9]{2}\",\n\\s+\"actual\": \"[0-9]+\\.[0-9]{2}\"")
        .contains("\"messageNl\": ").contains("\"messageEn\": ");
  }

  @Test
  void derivesTheStatementTotalsExactly() throws IOException {
    String json = export(year2022());

    assertThat(json).contains("  \"statementTotals\": {\n"
        + "    \"carriedForward\": \"130500.00\",\n"
        + "    \"income\": \"261089.00\",\n"
        + "    \"spending\": \"289467.21\",\n"
        + "    \"closingBalance\": \"102121.79\",\n"
        + "    \"statedSpendingTotal\": \"289467.21\",\n"
        + "    \"spendingDifference\": \"0.00\"\n"
        + "  },\n");
  }

  @Test
  void neverWritesMoneyOrValuesAsJsonNumbers() throws IOException {
    Set<String> wholeNumberFields = Set.of("dtzExport", "year", "fromYear", "lastYear",
        "firstYear", "lastOpenedYear", "itemCount", "linkedItemCount", "total", "withEvidence",
        "done", "in-progress", "not-started", "dropped", "carried-over", "no-evidence",
        "yearsPresent", "yearsPlanned", "yearsReported", "yearsMissing", "totalInhabitants",
        "inhabitants", "errorCount", "warningCount");
    try (JsonParser p = JsonSupport.FACTORY.createParser(
        export(Fixtures.illustrative(ExportContext.ENGLISH)) + export(year2022()))) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        assertThat(t).isNotEqualTo(JsonToken.VALUE_NUMBER_FLOAT);
        if (t == JsonToken.VALUE_NUMBER_INT) {
          String name = p.getParsingContext().inArray()
              ? p.getParsingContext().getParent().getCurrentName() : p.currentName();
          assertThat(name).isIn(wholeNumberFields);
        }
      }
    }
  }

  @Test
  void sharesTheDatasetShapeOfTheReport() throws IOException {
    String json = export(year2022());
    String dataset = new String(JsonDatasets.toBytes(Dataset.dutchTechZone()), UTF_8);
    String statement = dataset.substring(dataset.indexOf("      \"statement\": {"),
        dataset.indexOf("      \"indicatorValues\""));

    assertThat(json).contains(statement.replace("\n    ", "\n  ").substring(2));
  }

  @Test
  void writesTheSameBytesUnderAnyDefaultLocaleAndTimeZone() throws IOException {
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Istanbul"));
      String turkish = export(year2022());
      Locale.setDefault(Locale.US);
      TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
      String american = export(year2022());

      assertThat(turkish).isEqualTo(american);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void flushesButDoesNotCloseTheStream() throws IOException {
    boolean[] closed = {false};
    boolean[] flushed = {false};
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FilterOutputStream out = new FilterOutputStream(bytes) {
      @Override
      public void close() {
        closed[0] = true;
      }

      @Override
      public void flush() throws IOException {
        flushed[0] = true;
        super.flush();
      }
    };

    new JsonExporter().export(year2022(), out);

    assertThat(closed[0]).isFalse();
    assertThat(flushed[0]).isTrue();
    assertThat(bytes.toString(UTF_8)).endsWith("}\n");
  }
}
