package nl.dutchtechzone.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.finance.allocation.AllocationKey;
import nl.dutchtechzone.finance.allocation.CostShare;
import nl.dutchtechzone.finance.allocation.CostSharing;
import nl.dutchtechzone.finance.contribution.ContributionCalculator;
import nl.dutchtechzone.finance.contribution.ContributionLine;
import nl.dutchtechzone.finance.contribution.ContributionScheme;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.contribution.InhabitantRegister;
import nl.dutchtechzone.finance.ledger.YearBalance;
import nl.dutchtechzone.finance.validation.ProgrammeYear;
import nl.dutchtechzone.finance.validation.Severity;
import nl.dutchtechzone.finance.validation.ValidationResult;
import nl.dutchtechzone.finance.validation.Validators;
import nl.dutchtechzone.finance.validation.Violation;
import nl.dutchtechzone.reporting.json.Dataset;
import nl.dutchtechzone.reporting.json.JsonDatasets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second programme, not Dutch TechZone, through the command line and the Java API in both
 * languages: {@code rivierenland-werkt.json}, a fictional "Rivierenland Werkt" (RLW) with EUR
 * 0.75 per inhabitant, three municipalities from 2023 and a fourth (Buren) joining in 2024, the
 * office's housing borne by its host (Tiel), an out-of-scope Regio Deal line in the category
 * {@code projects} next to in-scope project lines, income in income categories of their own
 * ({@code contributions}, {@code other-income} for the province's grant), provisional and final figures for 2023 and
 * provisional ones for 2024, plans for 2023 and 2024 (the 2024 budget with one amended line) and a
 * report for 2023.
 *
 * <p>The dataset holds one planted error: the 2023 statement's stated spending total is one cent
 * more than its lines (DTZ-F002). With the contributions of 2023 the budget of 2023, made on
 * provisional figures, expects less than the final contributions (DTZ-F008, a warning). Nothing
 * else is wrong; in particular the out-of-scope line shares its category with in-scope lines,
 * which is no DTZ-F011 (scope belongs to a line). Every total is recomputed here in whole cents,
 * independently of dtz.
 */
class SecondProgrammeTest {

  private static final long RATE_CENTS = 75;

  /** Inhabitants on 1 January 2023, final, of the members of 2023. */
  private static final Map<String, Long> FINAL_2023 = ordered(
      "culemborg", 29_847L, "tiel", 42_131L, "west-betuwe", 52_356L);

  /** Inhabitants on 1 January 2023, provisional, of the members of 2023. */
  private static final Map<String, Long> PROVISIONAL_2023 = ordered(
      "culemborg", 29_850L, "tiel", 42_100L, "west-betuwe", 52_300L);

  /** Inhabitants on 1 January 2024, provisional, of the members of 2024 (Buren joined). */
  private static final Map<String, Long> PROVISIONAL_2024 = ordered(
      "buren", 27_703L, "culemborg", 30_010L, "tiel", 42_480L, "west-betuwe", 52_701L);

  private static final long[] SPENDING_2023 = {68_412_37L, 52_480_10L, 14_873_45L};
  private static final long[] INCOME_2023 = {93_250_50L, 60_000_00L};

  private static final Pattern VIOLATION =
      Pattern.compile("(?m)^  (DTZ-F\\d{3}) (\\S+) (\\S+): (.*)$");

  private static Dataset data;

  @TempDir
  static Path dir;

  private static Path file;

  @BeforeAll
  static void readTheDataset() throws IOException {
    file = dir.resolve("rivierenland-werkt.json");
    try (InputStream in = SecondProgrammeTest.class.getResourceAsStream(
        "rivierenland-werkt.json")) {
      Files.copy(in, file);
    }
    data = JsonDatasets.read(file);
  }

  private static Map<String, Long> ordered(Object... pairs) {
    Map<String, Long> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (Long) pairs[i + 1]);
    }
    return map;
  }

  private static long contributionCents(Map<String, Long> inhabitants) {
    return inhabitants.values().stream().mapToLong(n -> n * RATE_CENTS).sum();
  }

  private static String en(long cents) {
    return String.format(Locale.ROOT, "€ %,d.%02d", cents / 100, Math.abs(cents % 100));
  }

  private static String nl(long cents) {
    return en(cents).replace(',', '_').replace('.', ',').replace('_', '.');
  }

  private static Run cli(String... args) {
    List<String> all = new ArrayList<>(List.of("--dataset", file.toString(), "--out",
        dir.resolve("out-" + String.join("-", args).replace("-", "")).toString()));
    all.addAll(List.of(args));
    return Run.of(all.toArray(new String[0]));
  }

  /** The violations the command line printed, as "code severity path". */
  private static TreeSet<String> printed(Run run) {
    TreeSet<String> found = new TreeSet<>();
    Matcher m = VIOLATION.matcher(run.out);
    while (m.find()) {
      String severity = m.group(2);
      Severity s = severity.equals("ERROR") || severity.equals("FOUT") ? Severity.ERROR
          : severity.equals("WARNING") || severity.equals("WAARSCHUWING") ? Severity.WARNING
          : null;
      assertThat(s).as("severity word " + severity).isNotNull();
      found.add(m.group(1) + " " + s + " " + m.group(3));
    }
    return found;
  }

  private static TreeSet<String> described(ValidationResult result) {
    return result.violations().stream().map(v -> v.code() + " " + v.severity() + " " + v.path())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** What the Java API finds for the parts the command line shows, with its validators. */
  private static ValidationResult api(int contributionYear) {
    Programme programme = data.programme();
    InhabitantRegister register = data.inhabitantRegister();
    ContributionStatement contributions = ContributionCalculator.of(
        ContributionScheme.of(programme, RoundingMode.HALF_UP), register)
        .calculate(programme, contributionYear);
    AnnualReport report = data.report(2023).orElseThrow();
    ProgrammeYear.Builder reportYear = ProgrammeYear.builder().programme(programme).year(2023)
        .statement(report.statement()).budget(data.plan(2023).orElseThrow().budget());
    AnnualPlan plan = data.plan(2024).orElseThrow();
    ProgrammeYear.Builder planYear = ProgrammeYear.builder().programme(programme).year(2024)
        .budget(plan.budget()).previousStatement(report.statement());
    (contributionYear == 2023 ? reportYear : planYear).contributions(contributions)
        .register(register);
    return Validators.programmeYear().validate(reportYear.build())
        .and(Validators.programmeYear().validate(planYear.build()))
        .and(Validators.contributions(register).validate(contributions));
  }

  /** Every violation the API finds is printed with the API's message in each language. */
  private static void assertSameMessages(ValidationResult api, Run english, Run dutch) {
    for (Violation v : api.violations()) {
      assertThat(english.out).contains(v.code() + " " + v.severity() + " " + v.path() + ": "
          + v.message(Locale.ENGLISH));
      assertThat(dutch.out).contains(v.code() + " " + (v.isError() ? "FOUT" : "WAARSCHUWING")
          + " " + v.path() + ": " + v.message(Locale.forLanguageTag("nl")));
    }
  }

  @Test
  void theDefaultRunFindsThePlantedErrorAndNothingElseInBothLanguagesAndTheApiAgrees() {
    TreeSet<String> expected = new TreeSet<>(List.of(
        "DTZ-F002 ERROR statement[2023].spending"));

    Run english = cli();
    Run dutch = cli("--locale", "nl");
    Run strict = cli("--strict");

    assertThat(english.exitCode).as(english.toString()).isZero();
    assertThat(dutch.exitCode).as(dutch.toString()).isZero();
    assertThat(strict.exitCode).as(strict.toString())
        .isEqualTo(Walkthrough.EXIT_VALIDATION_ERRORS);
    assertThat(printed(english)).as("the CLI finds what the API finds")
        .isEqualTo(described(api(2024)));
    assertThat(printed(dutch)).isEqualTo(printed(english));
    assertSameMessages(api(2024), english, dutch);
    assertThat(described(api(2024))).isEqualTo(expected);
    assertThat(printed(english)).isEqualTo(expected);
    assertThat(printed(dutch)).isEqualTo(expected);
    assertThat(english.out).contains("Validation: 1 error(s), 0 warning(s)");
    assertThat(dutch.out).contains("Validatie: 1 fout(en), 0 waarschuwing(en)",
        "DTZ-F002 FOUT statement[2023].spending: De uitgavenregels van 2023 tellen op tot "
            + nl(135_765_92L));
  }

  @Test
  void withTheFinalContributionsOf2023TheProvisionalBudgetIsAWarningAndTheApiAgrees() {
    TreeSet<String> expected = new TreeSet<>(List.of(
        "DTZ-F002 ERROR statement[2023].spending",
        "DTZ-F008 WARNING budget[2023].income"));

    Run english = cli("--contribution-year", "2023");
    Run dutch = cli("--contribution-year", "2023", "--locale", "nl");

    assertThat(english.exitCode).as(english.toString()).isZero();
    assertThat(printed(english)).as("the CLI finds what the API finds")
        .isEqualTo(described(api(2023)));
    assertThat(printed(dutch)).isEqualTo(printed(english));
    assertSameMessages(api(2023), english, dutch);
    assertThat(described(api(2023))).isEqualTo(expected);
    assertThat(printed(english)).isEqualTo(expected);
    assertThat(printed(dutch)).isEqualTo(expected);
    assertThat(english.out).contains("expects " + "EUR 93187.50",
        "owed are EUR " + "93250.50");
    assertThat(api(2023).violations().stream().filter(v -> v.code().equals("DTZ-F008"))
        .map(Violation::expected)).containsExactly(Optional.of(Money.ofCents(
            contributionCents(FINAL_2023))));
  }

  @Test
  void theContributionsOfEachYearArePaidByThatYearsMembersToTheCent() {
    Run y2024 = cli();
    Run y2023 = cli("--contribution-year", "2023", "--locale", "nl");

    String c2024 = WalkthroughTest.section(y2024.out, "== Contributions 2024 (estimate)");
    for (Map.Entry<String, Long> e : PROVISIONAL_2024.entrySet()) {
      assertThat(c2024).contains(en(e.getValue() * RATE_CENTS) + "  provisional figure of "
          + "2024-01-01");
    }
    assertThat(c2024).contains("Buren", "152,894", en(contributionCents(PROVISIONAL_2024)));
    assertThat(contributionCents(PROVISIONAL_2024)).isEqualTo(114_670_50L);

    String c2023 = WalkthroughTest.section(y2023.out, "== Bijdragen 2023 (definitief)");
    for (Map.Entry<String, Long> e : FINAL_2023.entrySet()) {
      assertThat(c2023).contains(nl(e.getValue() * RATE_CENTS) + "  definitief cijfer van "
          + "2023-01-01");
    }
    assertThat(c2023).contains("124.334", nl(contributionCents(FINAL_2023)))
        .doesNotContain("Buren");

    ContributionStatement api2024 = ContributionCalculator.of(
        ContributionScheme.of(data.programme(), RoundingMode.HALF_UP), data.inhabitantRegister())
        .calculate(data.programme(), 2024);
    assertThat(api2024.total()).isEqualTo(Money.ofCents(contributionCents(PROVISIONAL_2024)));
    for (ContributionLine l : api2024.lines()) {
      assertThat(l.amount()).as(l.partnerId())
          .isEqualTo(Money.ofCents(PROVISIONAL_2024.get(l.partnerId()) * RATE_CENTS));
    }
  }

  @Test
  void theSettlementOf2023FromProvisionalToFinalFiguresIsRightToTheCent() {
    Run run = cli("--contribution-year", "2023");

    String settlement = WalkthroughTest.section(run.out,
        "== Settlement 2023: estimate to final");
    long total = 0;
    for (String partner : FINAL_2023.keySet()) {
      long estimate = PROVISIONAL_2023.get(partner) * RATE_CENTS;
      long settled = FINAL_2023.get(partner) * RATE_CENTS;
      total += settled - estimate;
      assertThat(settlement).containsPattern(Pattern.quote(en(estimate)) + " +"
          + Pattern.quote(en(settled)) + " +" + Pattern.quote(en(settled - estimate)));
    }
    assertThat(total).isEqualTo(63_00L);
    assertThat(settlement).contains(en(contributionCents(PROVISIONAL_2023)),
        en(contributionCents(FINAL_2023)), en(total)).doesNotContain("Illustrative");
  }

  @Test
  void theStatementAndItsClosingBalanceAreRightToTheCent() {
    long income = INCOME_2023[0] + INCOME_2023[1];
    long spending = SPENDING_2023[0] + SPENDING_2023[1] + SPENDING_2023[2];
    long closing = 0 + income - spending;

    Run run = cli();

    assertThat(closing).isEqualTo(17_484_58L);
    assertThat(WalkthroughTest.section(run.out, "== Statement 2023"))
        .contains("Closing balance", en(closing), en(SPENDING_2023[0]), en(INCOME_2023[0]));
    FinancialStatement statement = data.report(2023).orElseThrow().statement().orElseThrow();
    assertThat(YearBalance.of(statement).closing()).isEqualTo(Money.ofCents(closing));
  }

  @Test
  void theHostBearsTheOfficeHousingAndTheRestIsSharedByInhabitantsToTheCent() {
    ContributionStatement final2023 = ContributionCalculator.of(
        ContributionScheme.of(data.programme(), RoundingMode.HALF_UP), data.inhabitantRegister())
        .calculate(data.programme(), 2023);
    FinancialStatement statement = data.report(2023).orElseThrow().statement().orElseThrow();

    CostShare share = CostSharing.forProgramme(data.programme(),
        AllocationKey.byInhabitants(final2023), "office-housing-and-support").share(statement);

    assertThat(share.amount("tiel", "office-housing-and-support"))
        .isEqualTo(Money.ofCents(SPENDING_2023[2]));
    assertThat(share.amount("culemborg", "office-housing-and-support")).isEqualTo(Money.ZERO);
    Map<String, Long> office = largestRemainder(SPENDING_2023[0], FINAL_2023);
    Map<String, Long> projects = largestRemainder(SPENDING_2023[1], FINAL_2023);
    for (String partner : FINAL_2023.keySet()) {
      assertThat(share.amount(partner, "programme-office")).as(partner)
          .isEqualTo(Money.ofCents(office.get(partner)));
      assertThat(share.amount(partner, "projects")).as(partner)
          .isEqualTo(Money.ofCents(projects.get(partner)));
    }
    assertThat(share.total()).isEqualTo(Money.ofCents(
        SPENDING_2023[0] + SPENDING_2023[1] + SPENDING_2023[2]));
  }

  /** Hamilton's method in whole cents, ties by partner id: an independent check. */
  private static Map<String, Long> largestRemainder(long cents, Map<String, Long> weights) {
    long total = weights.values().stream().mapToLong(Long::longValue).sum();
    Map<String, Long> parts = new LinkedHashMap<>();
    Map<String, Long> remainders = new LinkedHashMap<>();
    long given = 0;
    for (Map.Entry<String, Long> e : weights.entrySet()) {
      long exact = cents * e.getValue();
      parts.put(e.getKey(), exact / total);
      remainders.put(e.getKey(), exact % total);
      given += exact / total;
    }
    List<String> order = weights.keySet().stream()
        .sorted((a, b) -> remainders.get(a).equals(remainders.get(b)) ? a.compareTo(b)
            : Long.compare(remainders.get(b), remainders.get(a)))
        .collect(Collectors.toList());
    for (int i = 0; i < cents - given; i++) {
      parts.merge(order.get(i), 1L, Long::sum);
    }
    return parts;
  }

  @Test
  void filesAreNamedAfterTheDocumentYearAndTheOutputSaysWhichYearEachPartIs()
      throws IOException {
    Run latest = cli();
    Run y2023 = cli("--year", "2023", "--contribution-year", "2023");

    assertThat(latest.out).contains("Document 2024: plan 2024, report 2023, contributions 2024",
        "== Annual plan 2024", "== Statement 2023");
    assertThat(y2023.out).contains("Document 2023: plan 2023, report 2023, contributions 2023",
        "== Annual plan 2023", "[2023.1.1] Work-study places at logistics companies");
    assertThat(listing(dir.resolve("out-dataset")).isEmpty()).isTrue();
    Path out2023 = dir.resolve("out-year2023contributionyear2023");
    assertThat(listing(out2023)).contains("RLW-2023.csv", "RLW-2023.html", "RLW-2023.json",
        "RLW-2023.md").allMatch(n -> n.startsWith("RLW-2023."));
  }

  private static List<String> listing(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void theBudgetTotalsStandUnderPlannedAndAmendedInMarkdownAndHtml() throws IOException {
    // Plan 2024: in-scope spending 72,000.00 + 95,000.00 (amended to 98,500.00) + 15,500.00;
    // the out-of-scope 300,000.00 counts in neither total.
    long planned = 72_000_00L + 95_000_00L + 15_500_00L;
    long amended = 72_000_00L + 98_500_00L + 15_500_00L;
    Run run = cli("--format", "markdown", "--format", "html");
    Path out = dir.resolve("out-formatmarkdownformathtml");

    assertThat(run.exitCode).as(run.toString()).isZero();
    List<List<List<String>>> markdown = markdownTables(
        Files.readString(out.resolve("RLW-2024.md")));
    List<List<List<String>>> html = htmlTables(Files.readString(out.resolve("RLW-2024.html")));
    for (List<List<List<String>>> tables : List.of(markdown, html)) {
      List<List<String>> budget = tables.stream()
          .filter(t -> t.get(0).contains("Planned") && t.get(0).contains("Amended")
              && !t.get(0).contains("Actual"))
          .findFirst().orElseThrow(() -> new AssertionError("no budget table in " + tables));
      int plannedColumn = budget.get(0).indexOf("Planned");
      int amendedColumn = budget.get(0).indexOf("Amended");
      int categoryColumn = budget.get(0).indexOf("Category");
      // The total row: a spending row that belongs to no category.
      List<String> spending = budget.stream()
          .filter(r -> r.get(0).toLowerCase(Locale.ROOT).contains("spending")
              && r.get(categoryColumn).isEmpty())
          .findFirst().orElseThrow(() -> new AssertionError("no spending total in " + budget));
      assertThat(spending.get(plannedColumn)).as("planned spending total").isEqualTo(en(planned));
      assertThat(spending.get(amendedColumn)).as("amended spending total").isEqualTo(en(amended));
    }
  }

  @Test
  void theMarkdownAndHtmlExportsHoldTheSameTablesInBothLanguages() throws IOException {
    for (String language : List.of("en", "nl")) {
      Run run = cli("--format", "markdown", "--format", "html", "--locale", language);
      Path out = dir.resolve("out-formatmarkdownformathtmllocale" + language);

      assertThat(run.exitCode).as(run.toString()).isZero();
      List<List<List<String>>> markdown = markdownTables(
          Files.readString(out.resolve("RLW-2024.md")));
      List<List<List<String>>> html = htmlTables(
          Files.readString(out.resolve("RLW-2024.html")));
      assertThat(markdown).as(language).hasSizeGreaterThanOrEqualTo(4);
      assertThat(html).as(language).isEqualTo(markdown);
    }
  }

  /**
   * The tables of a Markdown text: rows of cells as a reader sees them (emphasis and escapes
   * removed), separator rows skipped.
   */
  private static List<List<List<String>>> markdownTables(String markdown) {
    List<List<List<String>>> tables = new ArrayList<>();
    List<List<String>> table = new ArrayList<>();
    for (String line : (markdown + "\n").split("\n", -1)) {
      if (line.startsWith("|")) {
        List<String> cells = new ArrayList<>();
        // Cells split at unescaped pipes; emphasis removed; CommonMark backslash escapes of
        // punctuation undone, so that the text is what a reader sees.
        for (String cell : line.substring(1, line.length() - 1).split("(?<!\\\\)\\|", -1)) {
          cells.add(cell.replaceAll("(?<!\\\\)\\*+", "")
              .replaceAll("\\\\(\\p{Punct})", "$1").strip());
        }
        if (!cells.stream().allMatch(c -> c.matches(":?-+:?"))) {
          table.add(cells);
        }
      } else if (!table.isEmpty()) {
        tables.add(table);
        table = new ArrayList<>();
      }
    }
    return tables;
  }

  /** The tables of an HTML page: rows of cell texts, tags removed, entities decoded. */
  private static List<List<List<String>>> htmlTables(String page) {
    List<List<List<String>>> tables = new ArrayList<>();
    Matcher t = Pattern.compile("(?s)<table.*?</table>").matcher(page);
    while (t.find()) {
      List<List<String>> rows = new ArrayList<>();
      Matcher r = Pattern.compile("(?s)<tr.*?</tr>").matcher(t.group());
      while (r.find()) {
        List<String> cells = new ArrayList<>();
        Matcher c = Pattern.compile("(?s)<t[hd][^>]*>(.*?)</t[hd]>").matcher(r.group());
        while (c.find()) {
          cells.add(c.group(1).replaceAll("<[^>]+>", "").replace("&nbsp;", "\u00a0")
              .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
              .replace("&#39;", "'").replace("&amp;", "&").strip());
        }
        rows.add(cells);
      }
      tables.add(rows);
    }
    return tables;
  }

  @Test
  void nothingOfDutchTechZoneShowsInTheOutput() {
    for (Run run : List.of(cli(), cli("--locale", "nl"))) {
      assertThat(run.out).doesNotContain("DTZ-2", "Dutch TechZone", "Emmen", "GM0114",
          "GM0109", "GM0118", "GM0160", "€ 1.00", "€ 1,00");
      assertThat(run.out).contains("Rivierenland Werkt (RLW)");
    }
  }
}
