package nl.dutchtechzone.reporting.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import nl.dutchtechzone.reporting.json.JsonTree.ArrayNode;
import nl.dutchtechzone.reporting.json.JsonTree.Node;
import nl.dutchtechzone.reporting.json.JsonTree.ObjectNode;
import nl.dutchtechzone.reporting.json.JsonTree.ValueNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the writer writes conforms to {@code docs/dtz-dataset.schema.json}, so the schema cannot
 * drift from the format. A small validator for exactly the keywords the schema uses; it fails on
 * any other keyword rather than ignore it.
 */
class SchemaConformanceTest {

  private static final Path SCHEMA = Path.of(System.getProperty("basedir", "."))
      .toAbsolutePath().resolve("../docs/dtz-dataset.schema.json").normalize();
  private static final Set<String> ANNOTATIONS =
      Set.of("$schema", "$id", "title", "description", "format", "$defs");

  private static ObjectNode schema;

  @BeforeAll
  static void readSchema() throws IOException {
    schema = (ObjectNode) parse(Files.readAllBytes(SCHEMA));
  }

  private static Node parse(byte[] json) throws IOException {
    try (JsonParser p = JsonSupport.FACTORY.createParser(json)) {
      List<DatasetProblem> problems = new ArrayList<>();
      Node node = JsonTree.parse(p, problems);
      assertThat(problems).isEmpty();
      return node;
    }
  }

  private static List<String> validate(byte[] json) throws IOException {
    List<String> errors = new ArrayList<>();
    validate(parse(json), schema, errors);
    return errors;
  }

  private static void validate(Node value, ObjectNode s, List<String> errors) {
    for (String keyword : s.fields.keySet()) {
      Node k = s.fields.get(keyword);
      switch (keyword) {
        case "$ref": {
          String name = text(k).substring("#/$defs/".length());
          validate(value, (ObjectNode) ((ObjectNode) schema.fields.get("$defs")).fields.get(name),
              errors);
          break;
        }
        case "type":
          if (!hasType(value, text(k))) {
            errors.add(value.path + ": expected type " + text(k) + ", got " + value.type());
          }
          break;
        case "properties":
          if (value instanceof ObjectNode) {
            ((ObjectNode) k).fields.forEach((name, sub) -> {
              Node field = ((ObjectNode) value).fields.get(name);
              if (field != null) {
                validate(field, (ObjectNode) sub, errors);
              }
            });
          }
          break;
        case "required":
          if (value instanceof ObjectNode) {
            for (Node name : ((ArrayNode) k).items) {
              if (!((ObjectNode) value).fields.containsKey(text(name))) {
                errors.add(value.path + ": missing required " + text(name));
              }
            }
          }
          break;
        case "additionalProperties":
          assertThat(((ValueNode) k).token).isEqualTo(JsonToken.VALUE_FALSE);
          if (value instanceof ObjectNode) {
            Set<String> allowed = ((ObjectNode) s.fields.get("properties")).fields.keySet();
            for (String name : ((ObjectNode) value).fields.keySet()) {
              if (!allowed.contains(name)) {
                errors.add(value.path + ": field " + name + " not in the schema");
              }
            }
          }
          break;
        case "items":
          if (value instanceof ArrayNode) {
            for (Node item : ((ArrayNode) value).items) {
              validate(item, (ObjectNode) k, errors);
            }
          }
          break;
        case "uniqueItems":
          if (value instanceof ArrayNode) {
            Set<String> seen = new HashSet<>();
            for (Node item : ((ArrayNode) value).items) {
              if (!seen.add(text(item))) {
                errors.add(item.path + ": repeated item");
              }
            }
          }
          break;
        case "pattern":
          if (value instanceof ValueNode && ((ValueNode) value).token == JsonToken.VALUE_STRING
              && !Pattern.compile(text(k)).matcher(text(value)).find()) {
            errors.add(value.path + ": '" + text(value) + "' does not match " + text(k));
          }
          break;
        case "enum": {
          List<String> allowed = new ArrayList<>();
          ((ArrayNode) k).items.forEach(i -> allowed.add(text(i)));
          if (!allowed.contains(text(value))) {
            errors.add(value.path + ": '" + text(value) + "' not in " + allowed);
          }
          break;
        }
        case "const":
          if (!text(k).equals(text(value))) {
            errors.add(value.path + ": expected " + text(k));
          }
          break;
        case "minimum":
          if (Long.parseLong(text(value)) < Long.parseLong(text(k))) {
            errors.add(value.path + ": below minimum " + text(k));
          }
          break;
        case "maximum":
          if (Long.parseLong(text(value)) > Long.parseLong(text(k))) {
            errors.add(value.path + ": above maximum " + text(k));
          }
          break;
        default:
          assertThat(ANNOTATIONS).as("schema keyword the test validator knows").contains(keyword);
      }
    }
  }

  private static boolean hasType(Node value, String type) {
    switch (type) {
      case "object":
        return value instanceof ObjectNode;
      case "array":
        return value instanceof ArrayNode;
      case "string":
        return value instanceof ValueNode && ((ValueNode) value).token == JsonToken.VALUE_STRING;
      case "integer":
        return value instanceof ValueNode
            && ((ValueNode) value).token == JsonToken.VALUE_NUMBER_INT;
      case "boolean":
        return value instanceof ValueNode && (((ValueNode) value).token == JsonToken.VALUE_TRUE
            || ((ValueNode) value).token == JsonToken.VALUE_FALSE);
      default:
        throw new AssertionError("schema type the test validator does not know: " + type);
    }
  }

  private static String text(Node node) {
    return node instanceof ValueNode ? String.valueOf(((ValueNode) node).text) : node.type();
  }

  @Test
  void theSchemaDeclaresDraft202012() {
    assertThat(text(schema.fields.get("$schema")))
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void theReferenceDatasetConformsToTheSchema() throws IOException {
    assertThat(validate(JsonDatasets.toBytes(Dataset.dutchTechZone()))).isEmpty();
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
  void theValidatorNoticesAMalformedAmountAndAnUnknownField() throws IOException {
    String json = new String(JsonDatasets.toBytes(Dataset.dutchTechZone()),
        java.nio.charset.StandardCharsets.UTF_8)
        .replace("\"amount\": \"261089.00\"", "\"amount\": \"261.089,00\", \"extra\": true");

    assertThat(validate(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .containsExactlyInAnyOrder(
            "$.reports[0].statement.income[0]: field extra not in the schema",
            "$.reports[0].statement.income[0].amount: '261.089,00' does not match "
                + "^-?(0|[1-9][0-9]{0,11})\\.[0-9]{2}$");
  }
}
