package nl.dutchtechzone.reporting.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.dutchtechzone.core.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The supported ranges of numbers: values at a limit read, values beyond it are one problem each
 * with path, line, column and the limit; the schema and the format description state the same
 * limits as {@link DatasetLimits}.
 */
class DatasetLimitsTest {

  private static final String REFERENCE =
      new String(JsonDatasets.toBytes(Dataset.dutchTechZone()), UTF_8);
  private static final Path DOCS = Path.of(System.getProperty("basedir", ".")).toAbsolutePath()
      .resolve("../docs").normalize();

  private static String replaceOnce(String text, String from, String to) {
    int at = text.indexOf(from);
    assertThat(at).as("test set-up: '%s' occurs in the reference", from).isNotNegative();
    return text.substring(0, at) + to + text.substring(at + from.length());
  }

  private static DatasetProblem onlyProblem(String json) {
    DatasetException e = catchThrowableOfType(DatasetException.class,
        () -> JsonDatasets.read(json.getBytes(UTF_8)));
    assertThat(e).as("reading should fail").isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  private static int lineOf(String json, String text) {
    int at = json.indexOf(text);
    return (int) json.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  @Test
  void readsAmountsAtTheLimitEitherSideOfZero() throws DatasetException {
    String json = replaceOnce(REFERENCE, "\"amount\": \"31016.66\"",
        "\"amount\": \"999999999999.99\"");
    json = replaceOnce(json, "\"carriedForward\": \"130500.00\"",
        "\"carriedForward\": \"-999999999999.99\"");

    Dataset d = JsonDatasets.read(json.getBytes(UTF_8));
    assertThat(d.reports().get(0).statement().orElseThrow().carriedForward())
        .isEqualTo(Money.ofCents(-DatasetLimits.MAX_AMOUNT_CENTS));
  }

  @Test
  void refusesAnAmountBeyondTheLimitNamingPathPositionAndLimit() {
    String json = replaceOnce(REFERENCE, "\"amount\": \"31016.66\"",
        "\"amount\": \"1000000000000.00\"");

    DatasetProblem p = onlyProblem(json);
    assertThat(p.path()).isEqualTo("$.reports[0].statement.spending[2].amount");
    assertThat(p.line()).isEqualTo(lineOf(json, "1000000000000.00"));
    assertThat(p.column()).isEqualTo(23);
    assertThat(p.message()).isEqualTo("amount \"1000000000000.00\" is out of the supported range;"
        + " expected at most 999999999999.99 either side of zero (EUR 10^12)");
  }

  @Test
  void refusesANegativeAmountBeyondTheLimit() {
    DatasetProblem p = onlyProblem(replaceOnce(REFERENCE, "\"carriedForward\": \"130500.00\"",
        "\"carriedForward\": \"-1000000000000.00\""));
    assertThat(p.path()).isEqualTo("$.reports[0].statement.carriedForward");
    assertThat(p.message()).contains("-1000000000000.00").contains("999999999999.99");
  }

  @Test
  void refusesAmountsWithMoreDigitsThanALongHoldsAsOutOfRange() {
    // 19 and 20 digits: beyond a long's cents, which the reader computes from the text.
    for (String amount : List.of("92233720368547758.08", "-123456789012345678.90")) {
      DatasetProblem p = onlyProblem(replaceOnce(REFERENCE, "\"amount\": \"31016.66\"",
          "\"amount\": \"" + amount + "\""));
      assertThat(p.path()).isEqualTo("$.reports[0].statement.spending[2].amount");
      assertThat(p.message()).isEqualTo("amount \"" + amount + "\" is out of the supported "
          + "range; expected at most 999999999999.99 either side of zero (EUR 10^12)");
    }
  }

  @Test
  void readsTheExactCentsOfSmallAndNegativeAmounts() throws DatasetException {
    String json = replaceOnce(REFERENCE, "\"carriedForward\": \"130500.00\"",
        "\"carriedForward\": \"-0.07\"");
    json = replaceOnce(json, "\"amount\": \"31016.66\"", "\"amount\": \"0.10\"");

    Dataset d = JsonDatasets.read(json.getBytes(UTF_8));
    assertThat(d.reports().get(0).statement().orElseThrow().carriedForward())
        .isEqualTo(Money.ofCents(-7));
    assertThat(d.reports().get(0).statement().orElseThrow().spending().get(2).amount())
        .isEqualTo(Money.ofCents(10));
  }

  @Test
  void refusesInhabitantsBeyondTenToTheEighth() throws DatasetException {
    String atLimit = replaceOnce(REFERENCE, "\"inhabitants\": 35317",
        "\"inhabitants\": 100000000");
    assertThat(JsonDatasets.read(atLimit.getBytes(UTF_8)).inhabitantFigures().get(0)
        .inhabitants()).isEqualTo(100_000_000L);

    String json = replaceOnce(REFERENCE, "\"inhabitants\": 35317", "\"inhabitants\": 100000001");
    DatasetProblem p = onlyProblem(json);
    assertThat(p.path()).isEqualTo("$.inhabitantFigures[0].inhabitants");
    assertThat(p.line()).isEqualTo(lineOf(json, "100000001"));
    assertThat(p.message()).isEqualTo("inhabitants 100000001 is out of the supported range; "
        + "expected at most 100000000 (10^8)");
  }

  @Test
  void refusesARateAboveTenThousandEuros() throws DatasetException {
    String atLimit = replaceOnce(REFERENCE, "\"contributionPerInhabitant\": \"1.00\"",
        "\"contributionPerInhabitant\": \"10000.00\"");
    assertThat(JsonDatasets.read(atLimit.getBytes(UTF_8)).programme()
        .contributionPerInhabitant()).contains(new BigDecimal("10000.00"));

    DatasetProblem p = onlyProblem(replaceOnce(REFERENCE,
        "\"contributionPerInhabitant\": \"1.00\"", "\"contributionPerInhabitant\": \"10000.01\""));
    assertThat(p.path()).isEqualTo("$.programme.contributionPerInhabitant");
    assertThat(p.message()).isEqualTo("contribution per inhabitant \"10000.01\" is out of the "
        + "supported range; expected at most 10000.00");
  }

  /**
   * A contribution per inhabitant is a rate, not an amount: a fraction of a cent per inhabitant
   * (EUR 0.855) reads with its scale and writes back as it was; more than 6 decimals is refused
   * as any decimal is. It was an amount before, so "0.855" was a malformed amount.
   */
  @Test
  void readsARateWithAFractionOfACentAndRefusesMoreThanSixDecimals() throws DatasetException {
    String json = replaceOnce(REFERENCE, "\"contributionPerInhabitant\": \"1.00\"",
        "\"contributionPerInhabitant\": \"0.855\"");
    Dataset read = JsonDatasets.read(json.getBytes(UTF_8));
    assertThat(read.programme().contributionPerInhabitant()).hasValueSatisfying(rate ->
        assertThat(rate.toPlainString()).isEqualTo("0.855"));
    assertThat(new String(JsonDatasets.toBytes(read), UTF_8)).isEqualTo(json);

    DatasetProblem p = onlyProblem(replaceOnce(REFERENCE,
        "\"contributionPerInhabitant\": \"1.00\"",
        "\"contributionPerInhabitant\": \"0.8555555\""));
    assertThat(p.path()).isEqualTo("$.programme.contributionPerInhabitant");
    assertThat(p.message()).contains("0.8555555").contains("6");
  }

  @Test
  void refusesDecimalsWithTooManyDigits() throws DatasetException {
    String atLimit = replaceOnce(REFERENCE, "\"value\": \"65\"",
        "\"value\": \"999999999999.999999\"");
    assertThat(JsonDatasets.read(atLimit.getBytes(UTF_8)).reports().get(0).indicatorValues()
        .get(0).value()).isEqualByComparingTo("999999999999.999999");

    DatasetProblem tooLong = onlyProblem(replaceOnce(REFERENCE, "\"value\": \"65\"",
        "\"value\": \"1000000000000\""));
    assertThat(tooLong.path()).isEqualTo("$.reports[0].indicatorValues[0].value");
    assertThat(tooLong.message()).isEqualTo("decimal \"1000000000000\" is out of the supported "
        + "range; expected at most 12 digits before the point and 6 after it");
    DatasetProblem tooFine = onlyProblem(replaceOnce(REFERENCE, "\"value\": \"65\"",
        "\"value\": \"0.0000001\""));
    assertThat(tooFine.message()).contains("\"0.0000001\"").contains("6 after it");
  }

  @Test
  void theSchemaAndTheFormatDescriptionStateTheSameLimits() throws IOException {
    String schema = Files.readString(DOCS.resolve("dtz-dataset.schema.json"), UTF_8);
    assertThat(schema)
        .contains("\"pattern\": \"^-?(0|[1-9][0-9]{0,11})\\\\.[0-9]{2}$\"")
        .contains("\"pattern\": \"^(0|[1-9][0-9]{0,11})(\\\\.[0-9]{1,6})?$\"")
        .contains("\"pattern\": \"^((0|[1-9][0-9]{0,3})(\\\\.[0-9]{1,6})?|10000(\\\\.0{1,6})?)$\"")
        .contains("\"maximum\": " + DatasetLimits.MAX_INHABITANTS);
    // The schema's patterns accept exactly the limits of the reader.
    Pattern amount = Pattern.compile("^-?(0|[1-9][0-9]{0,11})\\.[0-9]{2}$");
    assertThat(amount.matcher(DatasetLimits.MAX_AMOUNT_TEXT).matches()).isTrue();
    assertThat(BigDecimal.valueOf(DatasetLimits.MAX_AMOUNT_CENTS, 2).toPlainString())
        .isEqualTo(DatasetLimits.MAX_AMOUNT_TEXT);
    assertThat(amount.matcher("1000000000000.00").matches()).isFalse();
    assertThat(DatasetLimits.MAX_DECIMAL_INTEGER_DIGITS).isEqualTo(12);
    assertThat(DatasetLimits.MAX_DECIMAL_FRACTION_DIGITS).isEqualTo(6);

    String format = Files.readString(DOCS.resolve("dataset-format.md"), UTF_8);
    assertThat(format).contains("`" + DatasetLimits.MAX_AMOUNT_TEXT + "`")
        .contains("`0.00` to `" + DatasetLimits.MAX_RATE.toPlainString() + "`")
        .contains("`0` to `" + DatasetLimits.MAX_INHABITANTS + "`")
        .contains("at most 12 digits before the point and 6 after it")
        .contains("| dates | in the years `1900` to `2200` |");
    assertThat(schema).contains("\"pattern\": \"^(19[0-9]{2}|2[01][0-9]{2}|2200)-[0-9]{2}-[0-9]{2}$\"");
    Pattern date = Pattern.compile("^(19[0-9]{2}|2[01][0-9]{2}|2200)-[0-9]{2}-[0-9]{2}$");
    assertThat(date.matcher("1900-01-01").matches() && date.matcher("2200-12-31").matches()
        && !date.matcher("1899-12-31").matches() && !date.matcher("2201-01-01").matches())
        .as("the schema's dates are the reader's years").isTrue();
    assertThat(format)
        .contains("at most " + DatasetLimits.MAX_NESTING_DEPTH + " levels")
        .contains(String.format(Locale.ROOT, "%,d characters", DatasetLimits.MAX_STRING_LENGTH))
        .contains(String.format(Locale.ROOT, "%,d characters", DatasetLimits.MAX_NAME_LENGTH))
        .contains(DatasetLimits.MAX_NUMBER_LENGTH + " characters")
        .contains(String.format(Locale.ROOT, "%,d bytes (%d GiB)",
            DatasetLimits.MAX_DOCUMENT_BYTES, DatasetLimits.MAX_DOCUMENT_BYTES >> 30));
  }

  @Test
  void refusesADateOutsideTheYearsOfTheModel() throws DatasetException {
    // A reference date of 0000-01-01 was read, and the command line ended with a stack trace.
    for (String date : new String[] {"0000-01-01", "1899-12-31", "2201-01-01", "9999-12-31"}) {
      DatasetProblem p = onlyProblem(replaceOnce(REFERENCE,
          "\"referenceDate\": \"2021-01-01\"", "\"referenceDate\": \"" + date + "\""));
      assertThat(p.path()).isEqualTo("$.inhabitantFigures[0].referenceDate");
      assertThat(p.message()).isEqualTo("date \"" + date + "\" is outside the supported years;"
          + " expected a date in the years 1900 to 2200");
    }
    for (String date : new String[] {"1900-01-01", "2200-12-31"}) {
      Dataset d = JsonDatasets.read(replaceOnce(REFERENCE, "\"date\": \"2023-05-16\"",
          "\"date\": \"" + date + "\"").getBytes(UTF_8));
      assertThat(d.coverLetters().get(0).date()).hasToString(date);
    }
  }

  /** The reference with an unknown field {@code x} holding the given JSON, first in the root. */
  private static String withField(String json) {
    return replaceOnce(REFERENCE, "\"dtzFormat\": 1,", "\"dtzFormat\": 1, \"x\": " + json + ",");
  }

  @Test
  void refusesNestingDeeperThanTheLimitAsOneShortProblem() {
    int depth = DatasetLimits.MAX_NESTING_DEPTH; // the root object is one level
    DatasetProblem atLimit = onlyProblem(withField("[".repeat(depth - 1) + "]".repeat(depth - 1)));
    assertThat(atLimit.message()).startsWith("unknown field 'x'");

    for (int n : new int[] {depth, 10_000, 1_000_000}) {
      DatasetProblem p = onlyProblem(withField("[".repeat(n) + "]".repeat(n)));
      assertThat(p.message()).as("nesting %d", n).isEqualTo("objects and arrays nested deeper"
          + " than 64 levels, the limit of the reader (a dataset needs fewer than ten)");
      assertThat(p.path()).startsWith("$.x[0][0]").hasSizeLessThan(4 * depth);
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.message(Locale.forLanguageTag("nl"))).startsWith("objecten en lijsten dieper"
          + " genest dan 64 niveaus");
    }
    DatasetProblem objects = onlyProblem(withField("{\"a\":".repeat(100) + "1"
        + "}".repeat(100)));
    assertThat(objects.message()).startsWith("objects and arrays nested deeper than 64 levels");
    assertThat(onlyProblem("[".repeat(100_000)).message())
        .startsWith("objects and arrays nested deeper than 64 levels");
  }

  @Test
  void refusesAStringLongerThanTheLimitNamingItsField() throws DatasetException {
    int max = DatasetLimits.MAX_STRING_LENGTH;
    String name = "\"name\": \"Dutch TechZone\"";
    Dataset atLimit = JsonDatasets.read(replaceOnce(REFERENCE, name,
        "\"name\": \"" + "n".repeat(max) + "\"").getBytes(UTF_8));
    assertThat(atLimit.programme().name()).hasSize(max);

    DatasetProblem p = onlyProblem(replaceOnce(REFERENCE, name,
        "\"name\": \"" + "n".repeat(max + 1) + "\""));
    assertThat(p.message()).isEqualTo("a string longer than 1000000 characters, the limit of"
        + " the reader");
    assertThat(p.path()).isEqualTo("$.programme.name");
  }

  @Test
  void refusesAFieldNameOrNumberLongerThanTheLimit() {
    DatasetProblem name = onlyProblem(replaceOnce(REFERENCE, "\"dtzFormat\": 1,",
        "\"dtzFormat\": 1, \"" + "k".repeat(DatasetLimits.MAX_NAME_LENGTH + 1) + "\": 1,"));
    assertThat(name.message()).isEqualTo("a field name longer than 1000 characters, the limit"
        + " of the reader");
    assertThat(name.path()).as("the object's, not the field's before it").isEqualTo("$");
    DatasetProblem inner = onlyProblem(replaceOnce(REFERENCE, "\"id\": \"dtz\",",
        "\"id\": \"dtz\", \"" + "k".repeat(DatasetLimits.MAX_NAME_LENGTH + 1) + "\": 1,"));
    assertThat(inner.path()).isEqualTo("$.programme");
    DatasetProblem number = onlyProblem(replaceOnce(REFERENCE, "\"dtzFormat\": 1",
        "\"dtzFormat\": " + "9".repeat(DatasetLimits.MAX_NUMBER_LENGTH + 1)));
    assertThat(number.message()).isEqualTo("a number longer than 100 characters, the limit of"
        + " the reader");
    assertThat(number.path()).isEqualTo("$.dtzFormat");
    DatasetProblem fraction = onlyProblem(withField("0." + "1".repeat(200)));
    assertThat(fraction.message()).startsWith("a number longer than 100 characters");
  }

  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void endsAStreamThatNeverEndsAtTheDocumentLimit() {
    // Endless white space after the opening brace: without a limit the reader never returns.
    InputStream endless = new InputStream() {
      private boolean opened;

      @Override
      public int read() {
        byte[] one = new byte[1];
        read(one, 0, 1);
        return one[0];
      }

      @Override
      public int read(byte[] b, int off, int len) {
        Arrays.fill(b, off, off + len, (byte) ' ');
        if (!opened && len > 0) {
          b[off] = '{';
          opened = true;
        }
        return len;
      }
    };
    DatasetException e = catchThrowableOfType(DatasetException.class,
        () -> JsonDatasets.read(endless));
    assertThat(e).isNotNull();
    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
        .isEqualTo("the input is longer than 2147483648 bytes (2 GiB), the limit of the reader;"
            + " split the dataset"));
  }
}
