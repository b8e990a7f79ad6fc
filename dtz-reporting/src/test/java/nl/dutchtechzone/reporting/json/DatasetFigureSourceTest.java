package nl.dutchtechzone.reporting.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Locale;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.MunicipalityCode;
import nl.dutchtechzone.finance.contribution.FigureStatus;
import nl.dutchtechzone.finance.contribution.InhabitantFigure;
import nl.dutchtechzone.finance.reference.ReferenceInhabitants;
import org.junit.jupiter.api.Test;

/**
 * The {@code source} of an inhabitant figure in the dataset format: a text, which a file may also
 * give as a string (a text written in one language, kept as written), as every {@code dtzFormat:
 * 1} file before the texts did. The writer writes a text without an English reading as a string,
 * so such a file keeps its bytes, and a text with an English reading as a text object.
 */
class DatasetFigureSourceTest {

  private static final String REFERENCE =
      new String(JsonDatasets.toBytes(Dataset.dutchTechZone()), UTF_8);

  /** The reference figures' source as the writer writes it, indented as in the file. */
  private static final String TEXT = "\"source\": {\n"
      + "        \"nl\": \"CBS, tabel 03759ned, zoals aangehaald op encyclopediepagina's\",\n"
      + "        \"en\": \"CBS, table 03759ned, as quoted by encyclopaedia pages\"\n"
      + "      }";

  private static String withSources(String replacement) {
    assertThat(REFERENCE).contains(TEXT);
    return REFERENCE.replace(TEXT, replacement);
  }

  private static DatasetException failure(String json) {
    return catchThrowableOfType(DatasetException.class,
        () -> JsonDatasets.read(json.getBytes(UTF_8)));
  }

  @Test
  void writesTheReferenceSourceWithItsDutchAndEnglishReading() throws DatasetException {
    assertThat(REFERENCE).contains(TEXT).doesNotContain("\"source\": \"CBS");

    Dataset back = JsonDatasets.read(REFERENCE.getBytes(UTF_8));
    assertThat(back.inhabitantFigures()).extracting(InhabitantFigure::source)
        .containsOnly(ReferenceInhabitants.SOURCE);
  }

  @Test
  void readsASourceWrittenAsAStringAsATextInOneLanguageAndWritesItBackAsThatString()
      throws DatasetException {
    String legacy = withSources(
        "\"source\": \"CBS, table 03759ned, as quoted by encyclopaedia pages\"");

    Dataset read = JsonDatasets.read(legacy.getBytes(UTF_8));

    assertThat(read.inhabitantFigures()).extracting(InhabitantFigure::source).containsOnly(
        LocalizedText.dutch("CBS, table 03759ned, as quoted by encyclopaedia pages"));
    assertThat(read.inhabitantFigures()).allSatisfy(f -> {
      assertThat(f.source(Locale.forLanguageTag("nl")))
          .isEqualTo("CBS, table 03759ned, as quoted by encyclopaedia pages");
      assertThat(f.source(Locale.ENGLISH))
          .isEqualTo("CBS, table 03759ned, as quoted by encyclopaedia pages");
    });
    assertThat(new String(JsonDatasets.toBytes(read), UTF_8)).isEqualTo(legacy);
  }

  @Test
  void writesATextWithoutAnEnglishReadingAsAString() throws DatasetException {
    String dutchOnly = withSources("\"source\": {\n        \"nl\": \"Jaarverslag Emmen\"\n"
        + "      }");

    Dataset read = JsonDatasets.read(dutchOnly.getBytes(UTF_8));

    assertThat(read.inhabitantFigures()).extracting(InhabitantFigure::source)
        .containsOnly(LocalizedText.dutch("Jaarverslag Emmen"));
    assertThat(new String(JsonDatasets.toBytes(read), UTF_8))
        .isEqualTo(withSources("\"source\": \"Jaarverslag Emmen\""));
  }

  @Test
  void keepsAFigureTypedInByHandThroughAWriteAndARead() throws DatasetException {
    InhabitantFigure typed = InhabitantFigure.of(MunicipalityCode.of("GM0114"), "Emmen",
        LocalDate.of(2022, 1, 1), 107_000, FigureStatus.FINAL, "illustrative, not published");
    InhabitantFigure both = InhabitantFigure.of(MunicipalityCode.of("GM0114"), "Emmen",
        LocalDate.of(2023, 1, 1), 107_100, FigureStatus.FINAL,
        LocalizedText.of("jaarverslag gemeente", "municipal annual report"));
    Dataset dataset = Dataset.builder().from(Dataset.dutchTechZone())
        .addInhabitantFigures(typed, both).build();

    byte[] bytes = JsonDatasets.toBytes(dataset);

    assertThat(new String(bytes, UTF_8)).contains("\"source\": \"illustrative, not published\"")
        .contains("\"source\": {\n        \"nl\": \"jaarverslag gemeente\",\n"
            + "        \"en\": \"municipal annual report\"\n      }");
    assertThat(JsonDatasets.read(bytes)).isEqualTo(dataset);
  }

  @Test
  void refusesABlankSourceNamingTheFieldInEitherLanguage() {
    DatasetException e = failure(withSources("\"source\": \"  \""));

    assertThat(e.problems()).hasSize(4).allSatisfy(p -> {
      assertThat(p.path()).matches("\\$\\.inhabitantFigures\\[[0-3]]\\.source");
      assertThat(p.message()).isEqualTo("'source' must not be blank");
      assertThat(p.message(Locale.forLanguageTag("nl"))).isEqualTo("'source' mag niet leeg zijn");
    });
  }

  @Test
  void refusesASourceThatIsNeitherAStringNorAText() {
    DatasetException e = failure(withSources("\"source\": 12"));

    assertThat(e.problems()).hasSize(4).allSatisfy(p -> {
      assertThat(p.path()).matches("\\$\\.inhabitantFigures\\[[0-3]]\\.source");
      assertThat(p.message()).isEqualTo(
          "expected a text: a string, or an object {\"nl\": ..., \"en\": ...}, got a number (12)");
    });
    assertThat(failure(withSources("\"source\": {\"en\": \"only English\"}")).problems())
        .hasSize(4).allSatisfy(p -> assertThat(p.message())
            .isEqualTo("missing required field 'nl'"));
  }
}
