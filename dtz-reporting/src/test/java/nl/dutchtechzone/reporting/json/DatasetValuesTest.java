package nl.dutchtechzone.reporting.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.IndicatorValue;
import org.junit.jupiter.api.Test;

/** How values are written and read: decimals and their scale, field order, encodings, paths. */
class DatasetValuesTest {

  private static Dataset withValue(BigDecimal value) {
    AnnualReport report = AnnualReport.builder().programmeId(DutchTechZone.PROGRAMME_ID)
        .year(2024).addIndicatorValues(IndicatorValue.builder().id("v")
            .indicatorId(DutchTechZone.MEETINGS_ATTENDED).title(LocalizedText.dutch("t"))
            .value(value).build())
        .build();
    return Dataset.builder().programme(DutchTechZone.programme()).addReports(report).build();
  }

  private static BigDecimal readBack(Dataset dataset) throws DatasetException {
    return JsonDatasets.read(JsonDatasets.toBytes(dataset)).reports().get(0)
        .indicatorValues().get(0).value();
  }

  @Test
  void keepsTheScaleOfADecimal() throws DatasetException {
    Dataset dataset = withValue(new BigDecimal("12.50"));

    assertThat(new String(JsonDatasets.toBytes(dataset), UTF_8)).contains("\"value\": \"12.50\"");
    assertThat(readBack(dataset)).isEqualTo(new BigDecimal("12.50")).hasScaleOf(2);
  }

  @Test
  void writesADecimalWithANegativeScaleAsTheWholeNumber() throws DatasetException {
    Dataset dataset = withValue(new BigDecimal("4E+3"));

    assertThat(new String(JsonDatasets.toBytes(dataset), UTF_8)).contains("\"value\": \"4000\"");
    assertThat(readBack(dataset)).isEqualTo(new BigDecimal("4000")).hasScaleOf(0);
  }

  @Test
  void rejectsADecimalInExponentNotation() {
    String json = new String(JsonDatasets.toBytes(withValue(BigDecimal.ONE)), UTF_8)
        .replace("\"value\": \"1\"", "\"value\": \"1E+3\"");

    DatasetException e = catchThrowableOfType(DatasetException.class,
        () -> JsonDatasets.read(json.getBytes(UTF_8)));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.reports[0].indicatorValues[0].value");
      assertThat(p.message()).startsWith("malformed decimal \"1E+3\"");
    });
  }

  @Test
  void readsTheFieldsInAnyOrder() throws DatasetException {
    String json = "{\"coverLetters\": [], \"reports\": [], \"plans\": [],"
        + " \"inhabitantFigures\": [], \"programme\": {"
        + "\"strategicPeriod\": {\"lastYear\": 2025, \"firstYear\": 2022},"
        + "\"costCategories\": [], \"indicators\": [], \"relatedProgrammes\": [],"
        + "\"sectorThemes\": [], \"memberships\": [], \"partners\": [], \"aims\": [],"
        + "\"purpose\": {\"en\": \"p\", \"nl\": \"d\"}, \"name\": \"N\", \"shortName\": \"S\","
        + "\"id\": \"x\"}, \"dtzFormat\": 1}";

    Dataset d = JsonDatasets.read(json.getBytes(UTF_8));

    assertThat(d.programme().id()).isEqualTo("x");
    assertThat(d.programme().purpose()).isEqualTo(LocalizedText.of("d", "p"));
    assertThat(d.programme().strategicPeriod().label()).isEqualTo("2022-2025");
  }

  @Test
  void readsUtf16AsWellAsUtf8() throws DatasetException {
    byte[] utf16 = new String(JsonDatasets.toBytes(Dataset.dutchTechZone()), UTF_8)
        .getBytes(StandardCharsets.UTF_16BE);

    assertThat(JsonDatasets.read(utf16)).isEqualTo(Dataset.dutchTechZone());
  }

  @Test
  void quotesOddKeysInPaths() {
    String json = new String(JsonDatasets.toBytes(Dataset.dutchTechZone()), UTF_8)
        .replace("\"shortName\": \"DTZ\",", "\"shortName\": \"DTZ\", \"short name's\": 1,");

    DatasetException e = catchThrowableOfType(DatasetException.class,
        () -> JsonDatasets.read(json.getBytes(UTF_8)));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.programme['short name\\'s']");
      assertThat(p.message()).startsWith("unknown field 'short name's'");
    });
  }
}
