package nl.dutchtechzone.finance.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.money.Quantity;
import org.junit.jupiter.api.Test;

/**
 * The table of rule codes (code, severity, what it compares, an example message in English and
 * Dutch) is written twice from one source, this class: in {@code docs/validation-rules.md} and
 * in the Javadoc of the validation package. The examples are rendered from the message bundles,
 * so the table cannot drift from what the rules say. After a deliberate change, regenerate both
 * with {@code -Ddtz.writeRuleTable=true}.
 */
class RuleTableTest {

  private static final Path BASE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
  private static final Path DOC = BASE.resolve("../docs/validation-rules.md").normalize();
  private static final Path JAVADOC =
      BASE.resolve("src/main/java/nl/dutchtechzone/finance/validation/package-info.java");
  private static final String START = "<!-- rule-table:start -->";
  private static final String END = "<!-- rule-table:end -->";
  private static final Locale NL = new Locale("nl");

  /** One row: the rule, its severity, what it compares, and an example violation. */
  private record Row(String code, String severity, String compares, Violation example) {}

  private static Violation example(String code, Severity severity, String key, Object... args) {
    return V.of(code, severity, "example", key, args);
  }

  private static List<Row> rows() {
    Money m1 = Money.parse("289467.21");
    Money m2 = Money.parse("289467.22");
    List<Row> rows = new ArrayList<>();
    rows.add(new Row(RuleCodes.NEGATIVE_AMOUNT, "error",
        "each amount that must not be negative against zero: statement income and spending"
            + " lines, stated totals, budget lines' planned and amended amounts, contributions",
        example(RuleCodes.NEGATIVE_AMOUNT, Severity.ERROR, "DTZ-F001.statementSpendingLine",
            Money.parse("-5.00"), "branding", 2022)));
    rows.add(new Row(RuleCodes.SPENDING_SUM_MISMATCH, "error",
        "the statement's spending lines added up (actual) against its stated spending total"
            + " (expected); the difference is actual minus expected",
        example(RuleCodes.SPENDING_SUM_MISMATCH, Severity.ERROR, RuleCodes.SPENDING_SUM_MISMATCH,
            2022, m1, m2, Money.parse("-0.01"))));
    rows.add(new Row(RuleCodes.INCOME_SUM_MISMATCH, "error",
        "the statement's income lines added up (actual) against its stated income total"
            + " (expected), where one is stated",
        example(RuleCodes.INCOME_SUM_MISMATCH, Severity.ERROR, RuleCodes.INCOME_SUM_MISMATCH,
            2022, Money.parse("261089.00"), Money.parse("261090.50"), Money.parse("-1.50"))));
    rows.add(new Row(RuleCodes.STATEMENT_IDENTITY, "error",
        "a stated closing balance (actual) against carried forward + income - spending"
            + " (expected)",
        example(RuleCodes.STATEMENT_IDENTITY, Severity.ERROR, RuleCodes.STATEMENT_IDENTITY,
            2022, Money.parse("102121.97"), Money.parse("130500.00"), Money.parse("261089.00"),
            m1, Money.parse("102121.79"))));
    rows.add(new Row(RuleCodes.ROLL_FORWARD_BREAK, "error",
        "the closing balance of a year (expected) against the carried forward of the next year"
            + " present (actual); missing years between them",
        example(RuleCodes.ROLL_FORWARD_BREAK, Severity.ERROR, RuleCodes.ROLL_FORWARD_BREAK,
            2022, 2023, Money.parse("102121.79"), Money.parse("102112.79"),
            Money.parse("-9.00"))));
    rows.add(new Row(RuleCodes.CONTRIBUTION_AMOUNT, "error",
        "each contribution line's amount (actual) against rate x inhabitants, rounded as the"
            + " statement says (expected)",
        example(RuleCodes.CONTRIBUTION_AMOUNT, Severity.ERROR, RuleCodes.CONTRIBUTION_AMOUNT,
            "Ede", 2021, Money.parse("58900.00"), new BigDecimal("0.50"), 118_000L,
            RoundingMode.HALF_UP, Money.parse("59000.00"))));
    rows.add(new Row(RuleCodes.CONTRIBUTION_STATUS, "error; warning",
        "a contribution statement's status against the status of its inhabitant figures: an"
            + " error if a final statement uses provisional figures, a warning if an estimate"
            + " uses only final ones",
        example(RuleCodes.CONTRIBUTION_STATUS, Severity.ERROR, "DTZ-F007.finalWithProvisional",
            2021, 2L)));
    rows.add(new Row(RuleCodes.INCOME_VS_CONTRIBUTIONS, "error; warning",
        "the contributions owed (the contribution statement's total, expected) against: the"
            + " statement's income lines of category <code>contributions</code> added up (error"
            + " if they differ); without such lines, the statement's total income (warning if it"
            + " is less); the budget's in-scope income lines of category"
            + " <code>contributions</code> added up (warning if they differ)",
        example(RuleCodes.INCOME_VS_CONTRIBUTIONS, Severity.ERROR, "DTZ-F008.statement", 2022,
            Money.parse("258000.00"), Money.parse("259000.00"))));
    rows.add(new Row(RuleCodes.PLANNED_SPENDING_EXCEEDS_MEANS, "error",
        "a budget's in-scope spending (actual) against carried forward + in-scope income"
            + " (expected); the carried forward is an in-scope income line of category"
            + " <code>carried-forward</code>, else the year's known carried forward, else zero"
            + " (said in the message)",
        example(RuleCodes.PLANNED_SPENDING_EXCEEDS_MEANS, Severity.ERROR,
            RuleCodes.PLANNED_SPENDING_EXCEEDS_MEANS, 2023, Money.parse("400000.00"),
            Money.parse("389500.00"), ProgrammeYearRules.CarriedForward.KNOWN,
            Money.parse("10500.00"))));
    rows.add(new Row(RuleCodes.ESTIMATE_WHERE_FINAL_EXISTS, "error",
        "a contribution line on a provisional figure where the register holds a final one:"
            + " its amount (actual) against rate x the final figure (expected)",
        example(RuleCodes.ESTIMATE_WHERE_FINAL_EXISTS, Severity.ERROR,
            RuleCodes.ESTIMATE_WHERE_FINAL_EXISTS, "Ede", 2021, 107_024L, 107_030L,
            "CBS StatLine 03759ned", Money.parse("107030.00"), Money.parse("107024.00"))));
    rows.add(new Row(RuleCodes.OUT_OF_SCOPE_COUNTED, "error",
        "each statement line of the budget's year against the budget's scope: scope belongs to"
            + " a budget line; the statement line is matched to the budget line with its id,"
            + " else to the budget lines of its category (its id if it has none), and is out of"
            + " scope only if every one of them is",
        example(RuleCodes.OUT_OF_SCOPE_COUNTED, Severity.ERROR, "DTZ-F011.line", "network",
            Money.parse("50000.00"), 2023)));
    rows.add(new Row(RuleCodes.SCHEME_MONEY_AS_PROGRAMME_MONEY, "error",
        "each statement line and in-scope budget line whose id or category is a subsidy scheme"
            + " of the programme (such money is kept apart)",
        example(RuleCodes.SCHEME_MONEY_AS_PROGRAMME_MONEY, Severity.ERROR,
            RuleCodes.SCHEME_MONEY_AS_PROGRAMME_MONEY, "scheme-release",
            Money.parse("1400000.00"), "business-scheme", 2022)));
    rows.add(new Row(RuleCodes.DUPLICATE_ID, "error",
        "the partners and CBS codes of a contribution statement: each at most once",
        example(RuleCodes.DUPLICATE_ID, Severity.ERROR, "DTZ-F013.partner", "ede", 2021)));
    rows.add(new Row(RuleCodes.UNKNOWN_ID, "error",
        "ids against what the programme knows: the cost category of each spending line"
            + " (statement and budget, where the programme lists categories), the programme of"
            + " a contribution statement, the partner of each contribution line",
        example(RuleCodes.UNKNOWN_ID, Severity.ERROR, "DTZ-F014.category", "catering",
            "branding, programme-costs, projects")));
    rows.add(new Row(RuleCodes.PAYER_NOT_A_MEMBER, "error",
        "each charged partner against the paying members (municipalities) of the year",
        example(RuleCodes.PAYER_NOT_A_MEMBER, Severity.ERROR, RuleCodes.PAYER_NOT_A_MEMBER,
            "Barneveld", Money.parse("25000.00"), 2022, "veluwe")));
    rows.add(new Row(RuleCodes.MEMBER_NOT_CHARGED, "error",
        "the paying members of the year against the contribution lines: each has one",
        example(RuleCodes.MEMBER_NOT_CHARGED, Severity.ERROR, RuleCodes.MEMBER_NOT_CHARGED,
            "Apeldoorn", 2022)));
    rows.add(new Row(RuleCodes.PERIOD_MISMATCH, "error",
        "the year of each part (statement, budget, contributions, previous statement) against"
            + " the programme year; a contribution statement's reference date against its year"
            + " and each line's reference date against the statement's",
        example(RuleCodes.PERIOD_MISMATCH, Severity.ERROR, RuleCodes.PERIOD_MISMATCH,
            ProgrammeYearRules.Part.BUDGET, 2023, 2022)));
    rows.add(new Row("any", "error",
        "a sum or product a rule needs is outside the range Money holds: the rule reports it"
            + " under its own code instead of failing (message key <code>overflow</code>)",
        V.overflow(RuleCodes.SPENDING_SUM_MISMATCH, "example",
            Quantity.of(Money.class, "statement.spending", 2022))));
    return rows;
  }

  private static String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("| code | severity | what it compares | example (English) | example (Dutch) |\n");
    out.append("|---|---|---|---|---|\n");
    for (Row r : rows()) {
      out.append("| ").append(r.code().equals("any") ? "any" : "`" + r.code() + "`")
          .append(" | ").append(r.severity()).append(" | ")
          .append(r.compares().replace("<code>", "`").replace("</code>", "`"))
          .append(" | ").append(md(r.example().message(Locale.ENGLISH))).append(" | ")
          .append(md(r.example().message(NL))).append(" |\n");
    }
    return out.toString();
  }

  private static String md(String s) {
    return s.replace("|", "\\|");
  }

  private static String html(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("@", "&#64;").replace("{", "&#123;").replace("}", "&#125;");
  }

  private static String javadoc() {
    StringBuilder out = new StringBuilder();
    out.append(" * <table>\n");
    out.append(" *   <caption>The rule codes</caption>\n");
    out.append(" *   <tr><th>code</th><th>severity</th><th>what it compares</th>"
        + "<th>example (English)</th><th>example (Dutch)</th></tr>\n");
    for (Row r : rows()) {
      out.append(" *   <tr><td>").append(r.code().equals("any") ? "any"
              : "{@value nl.dutchtechzone.finance.validation.RuleCodes#" + constant(r.code())
                  + "}")
          .append("</td><td>").append(r.severity()).append("</td><td>")
          .append(html(r.compares()).replace("&lt;code&gt;", "<code>")
              .replace("&lt;/code&gt;", "</code>"))
          .append("</td><td>").append(html(r.example().message(Locale.ENGLISH)))
          .append("</td><td>").append(html(r.example().message(NL))).append("</td></tr>\n");
    }
    out.append(" * </table>\n");
    return out.toString();
  }

  private static String constant(String code) {
    try {
      for (Field f : RuleCodes.class.getFields()) {
        if (code.equals(f.get(null))) {
          return f.getName();
        }
      }
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("no constant for " + code);
  }

  private static int[] span(String text, Path file) {
    int s = text.indexOf(START);
    int e = text.indexOf(END);
    assertThat(s).as("%s has the marker %s", file, START).isNotNegative();
    assertThat(e).as("%s has the marker %s", file, END).isGreaterThan(s);
    return new int[] {text.indexOf('\n', s) + 1, text.lastIndexOf('\n', e) + 1};
  }

  private static void check(Path file, String table) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int[] span = span(text, file);
    if (Boolean.getBoolean("dtz.writeRuleTable")) {
      text = text.substring(0, span[0]) + table + text.substring(span[1]);
      Files.writeString(file, text, StandardCharsets.UTF_8);
      span = span(text, file);
    }
    assertThat(text.substring(span[0], span[1])).as("the rule table in %s (regenerate with"
        + " -Ddtz.writeRuleTable=true)", file).isEqualTo(table);
  }

  @Test
  void theDocsTableIsTheOneRenderedFromTheBundles() throws IOException {
    check(DOC, markdown());
  }

  @Test
  void theJavadocTableIsTheOneRenderedFromTheBundles() throws IOException {
    check(JAVADOC, javadoc());
  }

  @Test
  void everyCodeHasARow() throws IllegalAccessException {
    Set<String> codes = new TreeSet<>();
    for (Field f : RuleCodes.class.getFields()) {
      codes.add((String) f.get(null));
    }
    Set<String> listed = new TreeSet<>();
    rows().forEach(r -> listed.add(r.code()));
    listed.remove("any");
    assertThat(listed).isEqualTo(codes);
    assertThat(Validators.programmeYear().codes()).containsExactlyElementsOf(codes);
    rows().forEach(r -> assertThat(r.example().code()).isIn(r.code(),
        RuleCodes.SPENDING_SUM_MISMATCH));
  }
}
