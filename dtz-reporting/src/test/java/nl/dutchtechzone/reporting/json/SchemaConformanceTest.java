package nl.dutchtechzone.reporting.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the writer writes, the committed example datasets and random datasets conform to
 * {@code docs/dtz-dataset.schema.json}, checked by a JSON Schema library
 * ({@code com.networknt:json-schema-validator}, draft 2020-12), so the schema cannot drift from
 * the format; and the library does see a malformed amount, an unknown field and a value out of
 * the supported range.
 */
class SchemaConformanceTest {

  private static final Path DOCS = Path.of(System.getProperty("basedir", "."))
      .toAbsolutePath().resolve("../docs").normalize();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static Schema schema;

  @BeforeAll
  static void readSchema() throws IOException {
    try (InputStream in = Files.newInputStream(DOCS.resolve("dtz-dataset.schema.json"))) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(in);
    }
  }

  private static List<String> validate(byte[] json) throws IOException {
    JsonNode node = MAPPER.readTree(json);
    return schema.validate(node).stream()
        .map(e -> e.getInstanceLocation() + ": " + e.getKeyword() + ": " + e.getMessage())
        .sorted().collect(Collectors.toList());
  }

  @Test
  void theSchemaDeclaresDraft202012() throws IOException {
    JsonNode raw = MAPPER.readTree(DOCS.resolve("dtz-dataset.schema.json").toFile());
    assertThat(raw.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void theReferenceDatasetConformsToTheSchema() throws IOException {
    assertThat(validate(JsonDatasets.toBytes(Dataset.dutchTechZone()))).isEmpty();
  }

  @Test
  void everyCommittedExampleDatasetConformsToTheSchema() throws IOException {
    List<Path> datasets = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(DOCS.resolve("examples"),
        "*.json")) {
      for (Path f : files) {
        if (MAPPER.readTree(f.toFile()).has("dtzFormat")) {
          datasets.add(f);
        }
      }
    }
    assertThat(datasets).extracting(p -> p.getFileName().toString())
        .contains("dtz-reference.json");
    for (Path f : datasets) {
      assertThat(validate(Files.readAllBytes(f))).as(f.toString()).isEmpty();
    }
  }

  @Test
  void randomDatasetsConformToTheSchema() {
    LongStream.range(0, 100).forEach(seed -> {
      try {
        assertThat(validate(JsonDatasets.toBytes(RandomDatasets.generate(seed))))
            .as("seed %s", seed).isEmpty();
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void aFiguresSourceIsAStringOrATextAndNothingElse() throws IOException {
    String json = new String(JsonDatasets.toBytes(Dataset.dutchTechZone()), UTF_8);
    String text = "\"source\": {\n"
        + "        \"nl\": \"CBS, tabel 03759ned, zoals aangehaald op encyclopediepagina's\",\n"
        + "        \"en\": \"CBS, table 03759ned, as quoted by encyclopaedia pages\"\n"
        + "      }";
    assertThat(json).contains(text);

    assertThat(validate(json.replace(text, "\"source\": \"CBS, table 03759ned\"")
        .getBytes(UTF_8))).isEmpty();
    assertThat(validate(json.replace(text, "\"source\": \" \"").getBytes(UTF_8)))
        .allSatisfy(e -> assertThat(e).startsWith("/inhabitantFigures/"))
        .filteredOn(e -> e.matches("/inhabitantFigures/[0-3]/source: oneOf: .*")).hasSize(4);
    assertThat(validate(json.replace(text, "\"source\": 12").getBytes(UTF_8)))
        .allSatisfy(e -> assertThat(e).startsWith("/inhabitantFigures/"))
        .filteredOn(e -> e.matches("/inhabitantFigures/[0-3]/source: oneOf: .*")).hasSize(4);
  }

  @Test
  void theValidatorNoticesAMalformedAmountAnUnknownFieldAndAnOutOfRangeCount()
      throws IOException {
    String json = new String(JsonDatasets.toBytes(Dataset.dutchTechZone()), UTF_8)
        .replace("\"amount\": \"261089.00\"", "\"amount\": \"261.089,00\", \"extra\": true")
        .replace("\"inhabitants\": 35317", "\"inhabitants\": 100000001");

    List<String> errors = validate(json.getBytes(UTF_8));
    assertThat(errors).hasSize(3);
    assertThat(errors.get(0)).startsWith("/inhabitantFigures/0/inhabitants: maximum: ");
    assertThat(errors.get(2)).startsWith("/reports/0/statement/income/0: additionalProperties:")
        .contains("extra");
    assertThat(errors.get(1)).startsWith("/reports/0/statement/income/0/amount: pattern: ");
  }
}
