package nl.dutchtechzone.reporting.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.PartnerKind;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.ActionPoint;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.core.plan.Flow;
import nl.dutchtechzone.core.plan.InKindCapacity;
import nl.dutchtechzone.reporting.json.ValueType.Kind;
import org.junit.jupiter.api.Test;

/**
 * The binding of the format to the model: what it takes from a type, that it reads fields in
 * any order (implied values and references included) and that the reader and the dataset's own
 * check state the same reference problems.
 */
class DatasetBindingTest {

  private static final byte[] REFERENCE = JsonDatasets.toBytes(Dataset.dutchTechZone());

  @Test
  void describesATypeByItsBuilderInTheOrderOfItsAccessors() {
    ValueType action = ValueType.of(ActionPoint.class);

    assertThat(action).isNotNull();
    // startsWith: a field added to ActionPoint later is a change of that type alone.
    assertThat(action.attributes).extracting(a -> a.name)
        .startsWith("id", "text", "headingIds", "target", "lineOfWork");
    assertThat(action.attributes).extracting(a -> a.kind)
        .startsWith(Kind.SINGLE, Kind.SINGLE, Kind.LIST, Kind.OPTIONAL, Kind.OPTIONAL);
    assertThat(action.attribute("headingIds").valueClass).isEqualTo(String.class);
    // Derived accessors (no builder method) are no attributes.
    assertThat(ValueType.of(Budget.class).attributes).extracting(a -> a.name)
        .containsExactly("year", "status", "scopeNote", "lines");
  }

  @Test
  void leavesOutTheImpliedAttributesAndKnowsNoValueTypeInOtherClasses() {
    assertThat(ValueType.of(Budget.class).formatNames)
        .containsExactly("status", "scopeNote", "lines");
    assertThat(ValueType.of(Budget.class).attribute("year").implied).isTrue();
    assertThat(ValueType.of(Dataset.class).formatNames).containsExactly("programme",
        "inhabitantFigures", "plans", "reports", "coverLetters");
    assertThat(ValueType.of(String.class)).isNull();
    assertThat(ValueType.of(Map.class)).isNull();
    // The generated class is no value type of its own: the abstract type is.
    assertThat(ValueType.of(Dataset.dutchTechZone().getClass())).isNull();
  }

  @Test
  void readsFieldsInAnyOrderImpliedValuesAndReferencesIncluded() throws IOException {
    ObjectNode root = (ObjectNode) JsonSupport.MAPPER.readTree(REFERENCE);
    // The programme last; in the plan the budget before the year; in the programme the
    // memberships before the partners they name.
    ObjectNode reordered = reversed(root);
    ObjectNode plan = (ObjectNode) reordered.get("plans").get(0);
    reordered.withArray("plans").set(0, reversed(plan));
    reordered.set("programme", reversed((ObjectNode) reordered.get("programme")));
    byte[] json = JsonSupport.MAPPER.writeValueAsBytes(reordered);
    assertThat(new String(json, UTF_8)).contains("\"budget\"");
    assertThat(new String(json, UTF_8).indexOf("\"programme\""))
        .isGreaterThan(new String(json, UTF_8).indexOf("\"plans\""));

    assertThat(JsonDatasets.read(json)).isEqualTo(Dataset.dutchTechZone());
  }

  @Test
  void aReferenceReadBeforeTheProgrammeIsReportedAtItsOwnPlace() throws IOException {
    ObjectNode root = (ObjectNode) JsonSupport.MAPPER.readTree(JsonDatasets.toBytes(
        withPlan(AnnualPlan.builder().from(reference().plans().get(0))
            .budget(Budget.builder().from(reference().plans().get(0).budget().orElseThrow())
                .addLines(line("l1", "projects"), line("l2", "branding")).build())
            .build())));
    ObjectNode line = (ObjectNode) root.get("plans").get(0).get("budget").get("lines").get(1);
    line.put("categoryId", "nowhere");
    String json = JsonSupport.MAPPER.writerWithDefaultPrettyPrinter()
        .writeValueAsString(reversed(root));

    DatasetException e = catchThrowableOfType(DatasetException.class,
        () -> JsonDatasets.read(json.getBytes(UTF_8)));

    assertThat(e).isNotNull();
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.plans[0].budget.lines[1].categoryId");
      assertThat(p.message()).startsWith("unknown cost category id 'nowhere'; known: [");
      int at = json.indexOf("\"nowhere\"");
      assertThat(p.line()).isEqualTo(
          (int) json.substring(0, at).chars().filter(c -> c == '\n').count() + 1);
    });
  }

  @Test
  void theDatasetsOwnCheckStatesTheReadersReferenceProblems() {
    AnnualPlan plan = reference().plans().get(0);
    AnnualPlan broken = AnnualPlan.builder().from(plan).addInKind(inKind("nobody")).build();

    assertThatThrownBy(() -> withPlan(broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Dataset: $.plans[0].inKind[" + plan.inKind().size()
            + "].partnerId: unknown partner id 'nobody'; known: [");
  }

  @Test
  void theDatasetsOwnCheckListsEveryProblem() {
    AnnualPlan plan = reference().plans().get(0);
    AnnualPlan broken = AnnualPlan.builder().from(plan).addInKind(inKind("nobody"))
        .addInKind(inKind("no-one")).build();

    assertThatThrownBy(() -> withPlan(broken))
        .hasMessageStartingWith("Dataset: 2 problems:\n  $.plans[0].inKind[")
        .hasMessageContaining("unknown partner id 'nobody'")
        .hasMessageContaining("unknown partner id 'no-one'");
  }

  @Test
  void aReferenceIdReadManyTimesIsKeptOnceAndAnInvalidOneReportedEachTime()
      throws IOException {
    AnnualPlan plan = AnnualPlan.builder().from(reference().plan(2023).orElseThrow())
        .budget(Budget.builder().year(2023).status(BudgetStatus.ESTIMATE)
            .addLines(line("a", "projects"), line("b", "projects"), line("c", "projects"))
            .build())
        .build();
    byte[] json = JsonDatasets.toBytes(withPlan(plan));

    List<BudgetLine> lines = JsonDatasets.read(json).plan(2023).orElseThrow().budget()
        .orElseThrow().lines();
    assertThat(lines).extracting(BudgetLine::categoryId).containsOnly("projects");
    assertThat(lines.get(1).categoryId()).isSameAs(lines.get(0).categoryId());
    assertThat(lines.get(2).categoryId()).isSameAs(lines.get(0).categoryId());
    assertThat(lines.get(1).id()).isNotSameAs(lines.get(0).id());

    String bad = new String(json, UTF_8).replace("\"categoryId\": \"projects\"",
        "\"categoryId\": \"pro jects\"");
    DatasetException e = catchThrowableOfType(DatasetException.class,
        () -> JsonDatasets.read(bad.getBytes(UTF_8)));
    assertThat(e.problems()).extracting(DatasetProblem::path).containsExactly(
        "$.plans[0].budget.lines[0].categoryId", "$.plans[0].budget.lines[1].categoryId",
        "$.plans[0].budget.lines[2].categoryId", "$.reports[0].statement.spending[2].categoryId");
  }

  private static Dataset reference() {
    return Dataset.dutchTechZone();
  }

  private static Dataset withPlan(AnnualPlan plan) {
    return Dataset.builder().from(reference()).plans(List.of(plan)).build();
  }

  private static BudgetLine line(String id, String category) {
    return BudgetLine.builder().id(id).flow(Flow.SPENDING).categoryId(category)
        .description(LocalizedText.dutch("regel " + id)).planned(Money.ofCents(1000))
        .build();
  }

  private static InKindCapacity inKind(String partner) {
    return InKindCapacity.builder().offeredByKind(PartnerKind.COMPANY).partnerId(partner)
        .description(LocalizedText.dutch("uren")).build();
  }

  @Test
  void aHeadingOfAnUnknownThemeAndAMalformedLineOfWorkAreReportedAtTheirValues() {
    String json = new String(REFERENCE, UTF_8).replaceFirst("\"themeId\": \"[^\"]*\"",
        "\"themeId\": \"nowhere\"");
    json = json.replaceFirst("\"lineOfWork\": \"[^\"]*\"", "\"lineOfWork\": \"no key\"");
    String input = json;

    DatasetException e = catchThrowableOfType(DatasetException.class,
        () -> JsonDatasets.read(input.getBytes(UTF_8)));

    assertThat(e.problems()).extracting(DatasetProblem::message).anySatisfy(m -> assertThat(m)
        .startsWith("unknown investment theme id 'nowhere'; known: ["))
        .anySatisfy(m -> assertThat(m).startsWith("'no key' is not an id"));
    assertThat(e.problems()).extracting(DatasetProblem::path)
        .anySatisfy(p -> assertThat(p).endsWith(".themeId"))
        .anySatisfy(p -> assertThat(p).endsWith(".lineOfWork"));
  }

  @Test
  void aNullDatasetIsAProblemNotAFailure() {
    DatasetException e = catchThrowableOfType(DatasetException.class,
        () -> JsonDatasets.read("null".getBytes(UTF_8)));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$");
      assertThat(p.message()).isEqualTo("expected the dataset (a JSON object), got null");
    });
  }

  @Test
  void readsStrictlyByJsonType() {
    String json = new String(REFERENCE, UTF_8).replaceFirst("\"shortName\": \"DTZ\"",
        "\"shortName\": 7").replaceFirst("\"cumulative\": (true|false)",
        "\"cumulative\": \"true\"");

    DatasetException e = catchThrowableOfType(DatasetException.class,
        () -> JsonDatasets.read(json.getBytes(UTF_8)));

    assertThat(e.problems()).extracting(DatasetProblem::message).containsExactly(
        "expected a string, got a number",
        "expected true or false, got a string (true)");
  }

  @Test
  void aBadPartInAListIsOneProblemAndItsListNoFollowOn() {
    String json = new String(REFERENCE, UTF_8).replaceFirst("\"aims\": \\[",
        "\"aims\": [\"not a text\", ");

    DatasetException e = catchThrowableOfType(DatasetException.class,
        () -> JsonDatasets.read(json.getBytes(UTF_8)));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.programme.aims[0]");
      assertThat(p.message()).isEqualTo("expected a localized text (a JSON object), got a "
          + "string");
    });
  }

  /** The object with its fields in reverse order. */
  private static ObjectNode reversed(ObjectNode node) {
    List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.properties());
    ObjectNode out = JsonSupport.MAPPER.createObjectNode();
    for (int i = fields.size() - 1; i >= 0; i--) {
      out.set(fields.get(i).getKey(), fields.get(i).getValue());
    }
    return out;
  }
}
