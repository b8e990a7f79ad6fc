package nl.dutchtechzone.reporting.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.dutchtechzone.core.CostCategory;
import nl.dutchtechzone.core.CoverLetter;
import nl.dutchtechzone.core.FundEvent;
import nl.dutchtechzone.core.Indicator;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.Membership;
import nl.dutchtechzone.core.MunicipalityCode;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.core.ProgramBoard;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.ProgrammeOffice;
import nl.dutchtechzone.core.RelatedProgramme;
import nl.dutchtechzone.core.SectorTheme;
import nl.dutchtechzone.core.StrategicPeriod;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.ActionPoint;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.InKindCapacity;
import nl.dutchtechzone.core.plan.InvestmentTheme;
import nl.dutchtechzone.core.plan.PlanHeading;
import nl.dutchtechzone.core.plan.Target;
import nl.dutchtechzone.core.report.Activity;
import nl.dutchtechzone.core.report.Aim;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.IndicatorValue;
import nl.dutchtechzone.core.report.Observation;
import nl.dutchtechzone.core.report.Outcome;
import nl.dutchtechzone.core.report.StatementLine;
import nl.dutchtechzone.finance.contribution.InhabitantFigure;
import nl.dutchtechzone.finance.contribution.Provenance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The model's value types and the published schema agree: every attribute of a type is a
 * property of its schema definition and the other way round, required exactly when the model
 * requires it (an {@code Optional} is optional; a list and any other value is required, as the
 * format says), and of the matching JSON type (strings for text, ids, amounts, decimals, dates and
 * codes; integers; booleans; enums with the same constants; arrays of the item type; objects of
 * the definition of the value type; for the texts the format also takes as a string, {@link
 * DatasetModule#TEXT_OR_STRING}, the schema's {@code textOrString}).
 *
 * <p>An attribute is what the type's builder sets. The few attributes the format leaves out
 * because the enclosing object implies them are the binding's own list
 * ({@link DatasetModule#IMPLIED}), each with its reason; a new field of a value type without a
 * schema property fails here.
 */
class SchemaModelAgreementTest {

  private static final Path SCHEMA = Path.of(System.getProperty("basedir", "."))
      .toAbsolutePath().resolve("../docs/dtz-dataset.schema.json").normalize();

  /** Each value type with the name of its schema definition ("" for the root). */
  private static final Map<Class<?>, String> DEFS = new LinkedHashMap<>();

  static {
    DEFS.put(Dataset.class, "");
    DEFS.put(Programme.class, "programme");
    DEFS.put(Partner.class, "partner");
    DEFS.put(Membership.class, "membership");
    DEFS.put(ProgrammeOffice.class, "office");
    DEFS.put(ProgramBoard.class, "board");
    DEFS.put(SectorTheme.class, "sectorTheme");
    DEFS.put(StrategicPeriod.class, "period");
    DEFS.put(RelatedProgramme.class, "relatedProgramme");
    DEFS.put(FundEvent.class, "fundEvent");
    DEFS.put(Indicator.class, "indicator");
    DEFS.put(CostCategory.class, "costCategory");
    DEFS.put(InhabitantFigure.class, "inhabitantFigure");
    DEFS.put(Provenance.class, "provenance");
    DEFS.put(AnnualPlan.class, "plan");
    DEFS.put(PlanHeading.class, "heading");
    DEFS.put(InvestmentTheme.class, "theme");
    DEFS.put(ActionPoint.class, "action");
    DEFS.put(Target.class, "target");
    DEFS.put(Budget.class, "budget");
    DEFS.put(BudgetLine.class, "budgetLine");
    DEFS.put(InKindCapacity.class, "inKind");
    DEFS.put(AnnualReport.class, "report");
    DEFS.put(FinancialStatement.class, "statement");
    DEFS.put(StatementLine.class, "statementLine");
    DEFS.put(IndicatorValue.class, "indicatorValue");
    DEFS.put(Observation.class, "observation");
    DEFS.put(Outcome.class, "outcome");
    DEFS.put(Aim.class, "aim");
    DEFS.put(Activity.class, "activity");
    DEFS.put(CoverLetter.class, "coverLetter");
    DEFS.put(LocalizedText.class, "text");
  }


  /** The dtzFormat version: a property of the root that is no attribute of the model. */
  private static final Set<String> FORMAT_ONLY = Set.of(".dtzFormat");

  private static ObjectNode schema;
  private static ObjectNode defs;

  @BeforeAll
  static void readSchema() throws IOException {
    schema = (ObjectNode) JsonSupport.MAPPER.readTree(Files.readAllBytes(SCHEMA));
    defs = (ObjectNode) schema.get("$defs");
  }

  @Test
  void everyTypeAndItsSchemaDefinitionHaveTheSameFieldsRequirednessAndTypes() {
    List<String> differences = new ArrayList<>();
    for (Map.Entry<Class<?>, String> e : DEFS.entrySet()) {
      differences.addAll(compare(e.getKey(), e.getValue()));
    }
    assertThat(differences).isEmpty();
    assertThat(DEFS.keySet().stream().mapToInt(t -> attributes(t).size()).sum())
        .as("attributes compared").isGreaterThan(150);
  }

  @Test
  void everyObjectDefinitionOfTheSchemaBelongsToAType() {
    Set<String> objectDefs = new TreeSet<>();
    for (Map.Entry<String, JsonNode> def : defs.properties()) {
      if (def.getValue() instanceof ObjectNode && "object".equals(text(def.getValue()
          .get("type")))) {
        objectDefs.add(def.getKey());
      }
    }
    assertThat(objectDefs).containsExactlyInAnyOrderElementsOf(
        DEFS.values().stream().filter(n -> !n.isEmpty()).collect(java.util.stream.Collectors
            .toList()));
  }

  @Test
  void everyImpliedAttributeIsAnAttributeOfItsType() {
    for (DatasetModule.Implied implied : DatasetModule.IMPLIED) {
      assertThat(attributes(implied.owner)).as(implied.owner.getSimpleName())
          .containsKey(implied.attribute);
      assertThat(implied.reason).isNotBlank();
    }
  }

  @Test
  void noticesAnAttributeMissingFromTheSchema() {
    // Target's definition without "unit": the comparison must report it.
    ObjectNode target = (ObjectNode) defs.get("target");
    JsonNode unit = ((ObjectNode) target.get("properties")).remove("unit");
    try {
      assertThat(compare(Target.class, "target"))
          .contains("Target.unit: an attribute of the model, not in the schema");
    } finally {
      ((ObjectNode) target.get("properties")).set("unit", unit);
    }
  }

  @Test
  void noticesATextOrStringAttributeThatTheSchemaGivesAsAStringOnly() {
    ObjectNode properties = (ObjectNode) defs.get("inhabitantFigure").get("properties");
    JsonNode source = properties.get("source");
    properties.set("source", properties.get("municipalityName"));
    try {
      assertThat(compare(InhabitantFigure.class, "inhabitantFigure")).containsExactly(
          "InhabitantFigure.source: a text or a string in the format, #/$defs/nonBlank in the"
              + " schema, expected #/$defs/textOrString");
    } finally {
      properties.set("source", source);
    }
    assertThat(compare(InhabitantFigure.class, "inhabitantFigure")).isEmpty();
  }

  /** The attributes of a value type: what its builder sets, by name, with their types. */
  static Map<String, Type> attributes(Class<?> type) {
    Set<String> settable = new TreeSet<>();
    for (Class<?> b : type.getDeclaredClasses()) {
      if (b.getSimpleName().equals("Builder")) {
        for (Method m : b.getMethods()) {
          if (m.getParameterCount() == 1) {
            settable.add(m.getName());
          }
        }
      }
    }
    Map<String, Type> out = new LinkedHashMap<>();
    for (Method m : type.getMethods()) {
      if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0
          || m.getDeclaringClass() == Object.class || m.getReturnType() == void.class) {
        continue;
      }
      if (Modifier.isAbstract(m.getModifiers()) || settable.contains(m.getName())) {
        out.put(m.getName(), m.getGenericReturnType());
      }
    }
    return out;
  }

  private static List<String> compare(Class<?> type, String defName) {
    ObjectNode def = defName.isEmpty() ? schema : (ObjectNode) defs.get(defName);
    String owner = type.getSimpleName();
    List<String> out = new ArrayList<>();
    if (def == null) {
      out.add(owner + ": no schema definition '" + defName + "'");
      return out;
    }
    ObjectNode properties = (ObjectNode) def.get("properties");
    Set<String> required = new TreeSet<>();
    JsonNode req = def.get("required");
    if (req instanceof ArrayNode) {
      req.forEach(n -> required.add(text(n)));
    }
    Map<String, Type> attributes = attributes(type);
    for (Map.Entry<String, Type> a : attributes.entrySet()) {
      String name = a.getKey();
      if (DatasetModule.isImplied(type, name)) {
        if (properties.has(name)) {
          out.add(owner + "." + name + ": listed as implied, but in the schema");
        }
        continue;
      }
      JsonNode property = properties.get(name);
      if (property == null) {
        out.add(owner + "." + name + ": an attribute of the model, not in the schema");
        continue;
      }
      boolean optional = rawType(a.getValue()) == Optional.class;
      if (optional == required.contains(name)) {
        out.add(owner + "." + name + ": " + (optional ? "optional" : "required")
            + " in the model, " + (optional ? "required" : "optional") + " in the schema");
      }
      Type valueType = optional ? argument(a.getValue()) : a.getValue();
      String mismatch = DatasetModule.isTextOrString(type, name)
          ? textOrStringMismatch(valueType, (ObjectNode) property)
          : typeMismatch(valueType, (ObjectNode) property);
      if (mismatch != null) {
        out.add(owner + "." + name + ": " + mismatch);
      }
    }
    for (Map.Entry<String, JsonNode> p : properties.properties()) {
      String name = p.getKey();
      if (!attributes.containsKey(name) && !FORMAT_ONLY.contains(defName + "." + name)) {
        out.add(owner + "." + name + ": in the schema, not an attribute of the model");
      }
    }
    return out;
  }

  /**
   * Null when an attribute of {@link DatasetModule#TEXT_OR_STRING} is a text in the model and
   * the schema's {@code textOrString} (a non-blank string or a text) in the schema.
   */
  private static String textOrStringMismatch(Type type, ObjectNode property) {
    if (rawType(type) != LocalizedText.class) {
      return "read as a text or a string, but " + type.getTypeName() + " in the model";
    }
    String ref = text(property.get("$ref"));
    if (!"#/$defs/textOrString".equals(ref)) {
      return "a text or a string in the format, " + ref + " in the schema, expected"
          + " #/$defs/textOrString";
    }
    List<String> choices = new ArrayList<>();
    defs.get("textOrString").get("oneOf").forEach(c -> choices.add(text(c.get("$ref"))));
    return choices.equals(List.of("#/$defs/nonBlank", "#/$defs/text")) ? null
        : "#/$defs/textOrString is one of " + choices + ", expected a nonBlank string or a text";
  }

  /** Null when the schema property fits the Java type, else what differs. */
  private static String typeMismatch(Type type, ObjectNode property) {
    ObjectNode resolved = resolve(property);
    String jsonType = text(resolved.get("type"));
    Class<?> raw = rawType(type);
    if (raw == List.class) {
      if (!"array".equals(jsonType)) {
        return "a list in the model, " + jsonType + " in the schema";
      }
      return typeMismatch(argument(type), (ObjectNode) resolved.get("items"));
    }
    if (DEFS.containsKey(raw)) {
      String ref = text(property.get("$ref"));
      String expected = "#/$defs/" + DEFS.get(raw);
      return expected.equals(ref) ? null
          : raw.getSimpleName() + " in the model, " + (ref == null ? jsonType : ref)
              + " in the schema, expected " + expected;
    }
    String expected;
    if (raw == String.class || raw == Money.class || raw == BigDecimal.class
        || raw == LocalDate.class || raw == MunicipalityCode.class || raw.isEnum()) {
      expected = "string";
    } else if (raw == int.class || raw == Integer.class || raw == long.class
        || raw == Long.class) {
      expected = "integer";
    } else if (raw == boolean.class || raw == Boolean.class) {
      expected = "boolean";
    } else {
      return "no JSON type known for " + raw.getName();
    }
    if (!expected.equals(jsonType)) {
      return raw.getSimpleName() + " in the model, " + jsonType + " in the schema";
    }
    if (raw.isEnum()) {
      List<String> constants = new ArrayList<>();
      for (Object c : raw.getEnumConstants()) {
        constants.add(JsonSupport.constant((Enum<?>) c));
      }
      List<String> listed = new ArrayList<>();
      JsonNode values = resolved.get("enum");
      if (values instanceof ArrayNode) {
        values.forEach(n -> listed.add(text(n)));
      }
      if (!listed.equals(constants)) {
        return "enum " + raw.getSimpleName() + " " + constants + ", schema " + listed;
      }
    }
    return null;
  }

  private static ObjectNode resolve(ObjectNode property) {
    String ref = text(property.get("$ref"));
    return ref == null ? property
        : (ObjectNode) defs.get(ref.substring("#/$defs/".length()));
  }

  private static Class<?> rawType(Type type) {
    if (type instanceof ParameterizedType) {
      return (Class<?>) ((ParameterizedType) type).getRawType();
    }
    return (Class<?>) type;
  }

  private static Type argument(Type type) {
    return ((ParameterizedType) type).getActualTypeArguments()[0];
  }

  private static String text(JsonNode node) {
    return node != null && node.isTextual() ? node.asText() : null;
  }
}
