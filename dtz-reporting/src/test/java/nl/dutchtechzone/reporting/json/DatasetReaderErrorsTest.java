package nl.dutchtechzone.reporting.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Bad dataset files get one exception that lists every problem with its path and position. */
class DatasetReaderErrorsTest {

  private static final String REFERENCE =
      new String(JsonDatasets.toBytes(Dataset.dutchTechZone()), UTF_8);

  private static DatasetException failure(String json) {
    DatasetException e = catchThrowableOfType(DatasetException.class,
        () -> JsonDatasets.read(json.getBytes(UTF_8)));
    assertThat(e).as("reading should fail").isNotNull();
    return e;
  }

  private static String replaceOnce(String text, String from, String to) {
    int at = text.indexOf(from);
    assertThat(at).as("test set-up: '%s' occurs in the reference", from).isNotNegative();
    return text.substring(0, at) + to + text.substring(at + from.length());
  }

  /** 1-based line of the first occurrence of a text in the reference JSON. */
  private static int lineOf(String json, String text) {
    int at = json.indexOf(text);
    return (int) json.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  private static List<String> paths(DatasetException e) {
    return e.problems().stream().map(DatasetProblem::path).collect(Collectors.toList());
  }

  @Test
  void anUnknownFormatVersionIsTheOnlyProblemEvenWhenTheProgrammeLooksWrong() {
    // The programme is read while parsing; in another version its fields may mean other things.
    String json = replaceOnce(REFERENCE, "\"dtzFormat\": 1", "\"dtzFormat\": 2");
    json = replaceOnce(json, "\"shortName\"", "\"shortname\"");
    json = replaceOnce(json, "\"cbsCode\": \"GM0109\"", "\"cbsCode\": \"GM109\"");

    assertThat(failure(json).problems()).singleElement().satisfies(
        p -> assertThat(p.message()).startsWith("unsupported dtzFormat 2"));
  }

  @Test
  void rejectsAnUnknownFormatVersion() {
    DatasetException e = failure(replaceOnce(REFERENCE, "\"dtzFormat\": 1", "\"dtzFormat\": 2"));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.dtzFormat");
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.column()).isEqualTo(16);
      assertThat(p.message()).contains("unsupported dtzFormat 2").contains("dtzFormat 1");
    });
  }

  @Test
  void rejectsAMissingFormatVersion() {
    DatasetException e = failure(replaceOnce(REFERENCE, "\"dtzFormat\": 1,", ""));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$");
      assertThat(p.message()).isEqualTo("missing required field 'dtzFormat'");
    });
  }

  @Test
  void rejectsADutchAmountInAPlainAmountFieldWithPathLineAndColumn() {
    String json = replaceOnce(REFERENCE, "\"amount\": \"31016.66\"", "\"amount\": \"12,345\"");
    DatasetException e = failure(json);

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.reports[0].statement.spending[2].amount");
      assertThat(p.line()).isEqualTo(lineOf(json, "\"12,345\""));
      assertThat(p.column()).isEqualTo(23);
      assertThat(p.message()).contains("malformed amount \"12,345\"").contains("\"289467.21\"");
    });
    assertThat(e.getMessage()).contains("$.reports[0].statement.spending[2].amount (line "
        + lineOf(json, "\"12,345\"") + ", column 23)");
  }

  @Test
  void rejectsAnAmountWrittenAsAJsonNumber() {
    DatasetException e = failure(replaceOnce(REFERENCE, "\"carriedForward\": \"130500.00\"",
        "\"carriedForward\": 130500.00"));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.reports[0].statement.carriedForward");
      assertThat(p.message()).contains("never JSON numbers");
    });
  }

  @Test
  void rejectsAnAmountWithoutExactlyTwoDecimals() {
    DatasetException e = failure(replaceOnce(REFERENCE, "\"carriedForward\": \"130500.00\"",
        "\"carriedForward\": \"130500\""));

    assertThat(e.problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).contains("exactly two decimals"));
  }

  @Test
  void reportsAnUnknownPartnerIdAtItsPath() {
    DatasetException e = failure(replaceOnce(REFERENCE, "\"partnerId\": \"emmen\"",
        "\"partnerId\": \"borger-odoorn\""));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.programme.memberships[1].partnerId");
      assertThat(p.message()).startsWith("unknown partner id 'borger-odoorn'; known: [")
          .contains("emmen");
    });
  }

  @Test
  void reportsADuplicatePartnerIdWithTheFirstOccurrence() {
    DatasetException e = failure(replaceOnce(REFERENCE, "\"id\": \"hoogeveen\"",
        "\"id\": \"emmen\""));

    assertThat(e.problems()).extracting(DatasetProblem::path)
        .contains("$.programme.partners[2].id");
    assertThat(e.problems()).anySatisfy(p -> assertThat(p.message())
        .isEqualTo("duplicate partner id 'emmen' (first at $.programme.partners[1].id)"));
  }

  @Test
  void reportsUnknownAndMissingFields() {
    String json = replaceOnce(REFERENCE, "\"shortName\": \"DTZ\",", "\"shortname\": \"DTZ\",");
    DatasetException e = failure(json);

    assertThat(e.problems()).extracting(DatasetProblem::message).containsExactlyInAnyOrder(
        "missing required field 'shortName'",
        "unknown field 'shortname'; expected one of [id, shortName, name, purpose, origin, aims,"
            + " partners, memberships, office, board, sectorThemes, strategicPeriod,"
            + " relatedProgrammes, indicators, costCategories, contributionPerInhabitant]");
    assertThat(paths(e)).containsExactly("$.programme", "$.programme.shortname");
  }

  @Test
  void rejectsNegativeInhabitants() {
    DatasetException e = failure(replaceOnce(REFERENCE, "\"inhabitants\": 107024",
        "\"inhabitants\": -107024"));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.inhabitantFigures[1].inhabitants");
      assertThat(p.message()).isEqualTo("must not be negative, got -107024");
    });
  }

  @Test
  void rejectsInhabitantsOfAMunicipalityThatIsNoPartner() {
    DatasetException e = failure(replaceOnce(REFERENCE, "\"municipality\": \"GM0114\"",
        "\"municipality\": \"GM1681\""));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.inhabitantFigures[1].municipality");
      assertThat(p.message()).isEqualTo("unknown municipality (CBS code) 'GM1681'; known: "
          + "[GM0109, GM0114, GM0118, GM0160]");
    });
  }

  @Test
  void rejectsTwoProvisionalFiguresOfOneMunicipalityOnOneDate() {
    DatasetException e = failure(replaceOnce(REFERENCE, "\"municipality\": \"GM0114\"",
        "\"municipality\": \"GM0109\""));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.inhabitantFigures[1]");
      assertThat(p.message()).isEqualTo("duplicate provisional inhabitant figure of GM0109 on "
          + "2021-01-01 (first at $.inhabitantFigures[0])");
    });
  }

  @Test
  void reportsWrongTypes() {
    DatasetException e = failure(replaceOnce(REFERENCE, "\"year\": 2023", "\"year\": \"2023\""));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.plans[0].year");
      assertThat(p.message()).isEqualTo("expected a whole number, got a string (2023)");
    });
  }

  @Test
  void rejectsNullForAnOptionalField() {
    DatasetException e = failure(replaceOnce(REFERENCE, "\"contributionPerInhabitant\": \"1.00\"",
        "\"contributionPerInhabitant\": null"));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.programme.contributionPerInhabitant");
      assertThat(p.message()).contains("must not be null; leave the field out");
    });
  }

  @Test
  void reportsAnUnknownEnumValueWithTheAllowedOnes() {
    DatasetException e = failure(replaceOnce(REFERENCE, "\"kind\": \"province\"",
        "\"kind\": \"PROVINCE\""));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.programme.partners[4].kind");
      assertThat(p.message()).isEqualTo("unknown value \"PROVINCE\"; expected one of "
          + "[municipality, province, ministry, education-institution, knowledge-institution,"
          + " business-association, company, innovation-hub]");
    });
  }

  @Test
  void wrapsAModelInvariantViolationWithThePathOfTheObject() {
    String json = replaceOnce(REFERENCE, "\"cbsCode\": \"GM0109\"", "\"cbsCode\": \"GM109\"");
    DatasetException e = failure(json);

    // Coevorden's inhabitant figure now names a code no partner has: a follow-on of the
    // rejected code, told with it, not a problem of its own.
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.programme.partners[0].cbsCode");
      assertThat(p.message()).contains("'GM' followed by four digits").contains("GM109")
          .endsWith("; until it is fixed, 1 inhabitant figure refers to a CBS code no partner "
              + "has [GM0109] and is not checked");
    });
  }

  @Test
  void reportsOneMalformedCbsCodeOnceAndNotItsFollowOns() {
    // The second programme's case: GM200 for GM0200, with three figures of GM0200.
    String json = replaceOnce(REFERENCE, "\"cbsCode\": \"GM0114\"", "\"cbsCode\": \"GM200\"");
    String[] others = {"GM0114", "GM0118", "GM0160"};
    for (int i = 0; i < 3; i++) {
      // One figure of GM0200 per year, so that the figures are no duplicates of each other.
      String from = "\"municipality\": \"" + others[i] + "\"";
      int at = json.indexOf(from);
      String head = json.substring(0, at);
      String tail = replaceOnce(json.substring(at), "\"referenceDate\": \"2021-01-01\"",
          "\"referenceDate\": \"" + (2019 + i) + "-01-01\"");
      json = head + replaceOnce(tail, from, "\"municipality\": \"GM0200\"");
    }
    DatasetException e = failure(json);

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.programme.partners[1].cbsCode");
      assertThat(p.message()).startsWith("municipality code must be 'GM' followed by four digits"
          + " (such as GM0363), got 'GM200'")
          .endsWith("; until it is fixed, 3 inhabitant figures refer to a CBS code no partner "
              + "has [GM0200] and are not checked");
    });
    assertThat(e.getMessage()).doesNotContain("unknown municipality");
  }

  @Test
  void stillReportsAnUnknownCbsCodeBesideOtherProblemsWhenNoCodeWasRejected() {
    String json = replaceOnce(REFERENCE, "\"municipality\": \"GM0114\"",
        "\"municipality\": \"GM0200\"");
    json = replaceOnce(json, "\"inhabitants\": 35317", "\"inhabitants\": -1");
    DatasetException e = failure(json);

    assertThat(e.problems()).extracting(DatasetProblem::path).containsExactly(
        "$.inhabitantFigures[0].inhabitants", "$.inhabitantFigures[1].municipality");
    assertThat(e.problems().get(1).message()).startsWith("unknown municipality (CBS code) "
        + "'GM0200'");
  }

  @Test
  void wrapsANegativeIndicatorValueFromTheModelWithItsPath() {
    DatasetException e = failure(replaceOnce(REFERENCE, "\"value\": \"65\"",
        "\"value\": \"-65\""));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.reports[0].indicatorValues[0]");
      assertThat(p.message())
          .isEqualTo("IndicatorValue.value of '2022.initiatives' must not be negative, got -65");
    });
  }

  @Test
  void collectsSeveralProblemsAtOnceSortedByPosition() {
    String json = REFERENCE;
    json = replaceOnce(json, "\"partnerId\": \"emmen\"", "\"partnerId\": \"nobody\"");
    json = replaceOnce(json, "\"fromYear\": 2021", "\"fromYear\": 1800");
    json = replaceOnce(json, "\"aimIds\": [\n            \"ecosystem\"",
        "\"aimIds\": [\n            \"nowhere\"");
    json = replaceOnce(json, "\"amount\": \"223573.30\"", "\"amount\": \"223.573,30\"");
    json = replaceOnce(json, "\"date\": \"2023-05-16\"", "\"date\": \"16-05-2023\"");
    DatasetException e = failure(json);

    assertThat(paths(e)).containsExactly(
        "$.programme.memberships[0].fromYear",
        "$.programme.memberships[1].partnerId",
        "$.reports[0].statement.spending[0].amount",
        "$.reports[0].activities[0].aimIds[0]",
        "$.coverLetters[0].date");
    assertThat(e.getMessage()).startsWith("the dataset has 5 problems:\n  $.programme");
    assertThat(e.problems()).isSortedAccordingTo(
        (a, b) -> a.line() != b.line() ? a.line() - b.line() : a.column() - b.column());
  }

  @Test
  void reportsDuplicateYearsOfPlans() {
    int start = REFERENCE.indexOf("  \"plans\": [\n") + "  \"plans\": [\n".length();
    int end = REFERENCE.indexOf("\n  ],\n  \"reports\"");
    String plan = REFERENCE.substring(start, end);
    String json = REFERENCE.substring(0, end) + ",\n" + plan + REFERENCE.substring(end);
    DatasetException e = failure(json);

    assertThat(e.problems()).anySatisfy(p -> {
      assertThat(p.path()).isEqualTo("$.plans[1].year");
      assertThat(p.message()).startsWith("duplicate plan year 2023 (first at $.plans[0].year)");
    });
  }

  @Test
  void reportsAReportLinkToAnActionThePlanOfThatYearDoesNotHave() {
    String report = "{\"dtzFormat\": 1, \"programme\": " + section("programme")
        + ", \"inhabitantFigures\": [], \"plans\": [" + section("plans[0]").replace("\"year\": 2023", "\"year\": 2022")
        + "], \"reports\": [" + section("reports[0]").replace(
            "\"actionIds\": []", "\"actionIds\": [\"2023.9.9\"]")
        + "], \"coverLetters\": []}";
    DatasetException e = failure(report);

    assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.message())
        .startsWith("unknown action id of the plan of that year '2023.9.9'"));
  }

  @Test
  void reportsMalformedJsonWithLineAndColumn() {
    DatasetException e = failure("{\n  \"dtzFormat\": 1,\n  \"programme\": {\"id\": \"dtz\",,}\n}");

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.column()).isEqualTo(29);
      assertThat(p.path()).startsWith("$.programme");
      assertThat(p.message()).startsWith("malformed JSON: ");
    });
  }

  @Test
  void reportsBytesThatAreNoTextInTheDetectedEncodingAsMalformedJson() {
    // A UTF-32 byte-order mark in front of UTF-8 text: found by DatasetReaderFuzzTest; the
    // reader threw an UncheckedIOException instead of the documented DatasetException.
    byte[] utf8 = REFERENCE.getBytes(UTF_8);
    byte[] bytes = new byte[utf8.length + 4];
    bytes[2] = (byte) 0xFE;
    bytes[3] = (byte) 0xFF;
    System.arraycopy(utf8, 0, bytes, 4, utf8.length);

    DatasetException e = catchThrowableOfType(DatasetException.class,
        () -> JsonDatasets.read(bytes));

    assertThat(e).as("reading should fail with a DatasetException").isNotNull();
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$");
      assertThat(p.line()).isPositive();
      assertThat(p.message()).startsWith("malformed JSON: ").containsIgnoringCase("UTF-32");
    });
  }

  @Test
  void rejectsEmptyInputAndTrailingContent() {
    assertThat(failure("").problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("the input is empty"));
    assertThat(failure(REFERENCE + "{}").problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("unexpected content after the end"));
  }

  @Test
  void rejectsARootThatIsNotAnObject() {
    assertThat(failure("[1, 2]").problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$");
      assertThat(p.message()).isEqualTo("expected the dataset (a JSON object), got an array");
    });
  }

  @Test
  void reportsADuplicateFieldInAnObject() {
    DatasetException e = failure(replaceOnce(REFERENCE, "\"name\": \"Dutch TechZone\",",
        "\"name\": \"Dutch TechZone\", \"name\": \"DTZ\","));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.programme.name");
      assertThat(p.message()).isEqualTo("duplicate field 'name'; each field may occur only once");
    });
  }

  /** The JSON text of one part of the reference, by a simple path such as plans[0]. */
  private static String section(String part) {
    try {
      Dataset d = Dataset.dutchTechZone();
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      try (com.fasterxml.jackson.core.JsonGenerator g = JsonSupport.generator(out)) {
        DatasetWriter w = new DatasetWriter(g);
        switch (part) {
          case "programme":
            w.programme(d.programme());
            break;
          case "plans[0]":
            w.plan(d.plans().get(0));
            break;
          default:
            w.report(d.reports().get(0));
        }
      }
      return out.toString(UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
