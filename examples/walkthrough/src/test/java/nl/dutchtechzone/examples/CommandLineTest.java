package nl.dutchtechzone.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.Membership;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.Flow;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.StatementLine;
import nl.dutchtechzone.finance.contribution.FigureStatus;
import nl.dutchtechzone.finance.contribution.InhabitantFigure;
import nl.dutchtechzone.reporting.json.Dataset;
import nl.dutchtechzone.reporting.json.JsonDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's options, exit codes and error messages. */
class CommandLineTest {

  @Test
  void helpListsEveryOptionAndTheExitCodesAndExitsZero() {
    Run run = Run.of("--help");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains("--dataset", "--year", "--format", "--out", "--locale",
        "--strict", "--plugins", "--help", "--version", "Exit codes:",
        "2   bad usage or bad input", "--contribution-year", "--time-limit=SECONDS",
        "5   an export did not finish within --time-limit", "(default: 60)",
        "Show this help message and exit.");
    assertThat(run.err).isEmpty();
  }

  @Test
  void helpIsInDutchWithLocaleNl() {
    Run run = Run.of("--locale", "nl", "--help");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains("--contribution-year", "Het jaar van het document",
        "Afsluitcodes:", "5   een export was niet binnen --time-limit klaar",
        "Toon deze hulptekst en stop.", "(standaard: 60)");
    assertThat(run.out).doesNotContain("Exit codes:", "The document's year");
  }

  @Test
  void versionPrintsTheBuildVersionAndTheCommitItWasBuiltFrom() {
    Run run = Run.of("--version");

    assertThat(run.exitCode).as(run.toString()).isZero();
    // The commit the build found (set by the Surefire configuration): a commit id in a git
    // checkout, "unknown" in a source archive.
    String commit = System.getProperty("dtz.git.commit");
    assertThat(commit).matches("[0-9a-f]{40}|unknown");
    String expected = commit.equals("unknown")
        ? "git commit unknown (not built from a git checkout)" : "git commit " + commit;
    assertThat(run.out).matches("dtz-walkthrough \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n"
        + "dtz library \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?, \\Q" + expected + "\\E\\n");
  }

  @Test
  void unknownOptionExitsTwoWithAShortMessageAndNoStackTrace() {
    Run run = Run.of("--colour");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
    assertThat(run.err).contains("dtz-walkthrough: Unknown option: '--colour'",
        "Try 'dtz-walkthrough --help'");
    assertThat(run.err).doesNotContain("\tat ", "Exception");
    assertThat(run.out).isEmpty();
  }

  @Test
  void aLocaleThatNamesNoLanguageExitsTwoNamingTheValueAndWhatIsExpected() {
    Run run = Run.of("--locale", "xx");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
    assertThat(run.err).contains("--locale", "must be a language tag such as nl, en or de, got"
        + " 'xx'");
    assertThat(run.err).doesNotContain("\tat ");
  }

  @Test
  void dutchLocalePrintsDutchTextAndDutchAmounts(@TempDir Path dir) {
    Run run = Run.of("--locale", "nl", "--out", dir.toString());

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains("== Financieel overzicht 2022", "Eindsaldo", "€ 102.121,79",
        "== Jaarplan 2023", "Investeren in ondernemen met ambitie");
  }

  @Test
  void missingDatasetExitsTwoNamingTheFile(@TempDir Path dir) {
    Run run = Run.of("--dataset", dir.resolve("nope.json").toString(), "--out", dir.toString());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
    assertThat(run.err).contains("--dataset", "nope.json", "no such file");
    assertThat(run.err).doesNotContain("\tat ");
    assertThat(run.out).isEmpty();
  }

  @Test
  void invalidDatasetExitsTwoListingEveryProblemWithItsPlace(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"dtzFormat\": 99, \"programme\": 12}", StandardCharsets.UTF_8);

    Run run = Run.of("--dataset", file.toString(), "--out", dir.resolve("out").toString());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
    assertThat(run.err).contains("bad.json is not a valid dataset", "$.dtzFormat", "line 1");
    assertThat(run.err).doesNotContain("\tat ");
    assertThat(run.out).isEmpty();
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void invalidDatasetUnderDutchListsTheProblemsInDutch(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"dtzFormat\": 1, \"programme\": 12, \"plans\": [],\n"
        + " \"inhabitantFigures\": [], \"reports\": [], \"coverLetters\": [], \"x\": 1}",
        StandardCharsets.UTF_8);

    Run run = Run.of("--locale", "nl", "--dataset", file.toString(), "--out",
        dir.resolve("out").toString());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
    assertThat(run.err).contains("bad.json is geen geldige dataset (2 problemen)",
        "$.programme (regel 1, kolom 31): verwacht een programma (een JSON-object), maar kreeg "
            + "een getal",
        "$.x (regel 2, kolom 67): onbekend veld 'x'; verwacht een van [dtzFormat, programme,");
    assertThat(run.err).doesNotContain("expected", "line 1");
  }

  @Test
  void unknownFormatExitsTwoListingTheKnownOnes(@TempDir Path dir) {
    Run run = Run.of("--format", "xml", "--out", dir.toString());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
    assertThat(run.err).contains("unknown format 'xml'; known formats:");
    assertThat(run.err).doesNotContain("\tat ");
    assertThat(run.out).isEmpty();
  }

  @Test
  void aLongUnknownFormatIsShownCut(@TempDir Path dir) {
    String format = "x".repeat(10_000);
    Run run = Run.of("--format", format, "--out", dir.toString());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
    assertThat(run.err).contains("unknown format '" + "x".repeat(67) + "...'; known formats:")
        .doesNotContain("x".repeat(71));
    assertThat(run.err.length()).isLessThan(1_000);
  }

  @Test
  void missingPluginFolderExitsTwo(@TempDir Path dir) {
    Run run = Run.of("--plugins", dir.resolve("plugins").toString(), "--out", dir.toString());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
    assertThat(run.err).contains("--plugins", "no such folder");
  }

  @Test
  void aBrokenOrEmptyJarIsAProviderProblemAndTheOtherExportersStillWrite(@TempDir Path dir)
      throws IOException {
    Path plugins = Files.createDirectory(dir.resolve("plugins"));
    Files.writeString(plugins.resolve("broken.jar"), "not a zip", StandardCharsets.UTF_8);
    Files.write(plugins.resolve("empty.jar"), new byte[0]);
    Path out = dir.resolve("out");

    Run run = Run.of("--plugins", plugins.toString(), "--out", out.toString());

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.err).isEmpty();
    String reports = WalkthroughTest.section(run.out, "== Reports");
    assertThat(reports).contains("exporter problem: plugin jar ", "broken.jar is not a readable"
        + " jar file", "empty.jar is not a readable jar file");
    assertThat(out.resolve("DTZ-2023.csv")).isRegularFile();
    assertThat(out.resolve("DTZ-2023.html")).isRegularFile();
  }

  @Test
  void strictExitsSixWhenAPluginJarCannotBeUsedButStillWritesTheOthers(@TempDir Path dir)
      throws IOException {
    Path plugins = Files.createDirectory(dir.resolve("plugins"));
    Files.write(plugins.resolve("empty.jar"), new byte[0]);
    Path out = dir.resolve("out");

    Run run = Run.of("--strict", "--plugins", plugins.toString(), "--out", out.toString());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(Walkthrough.EXIT_PROVIDER_PROBLEMS);
    assertThat(out.resolve("DTZ-2023.csv")).isRegularFile();
  }

  @Test
  void outThatIsAFileExitsTwo(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("taken"), "x", StandardCharsets.UTF_8);

    Run run = Run.of("--out", file.toString());

    assertThat(run.err).as(run.toString()).contains("--out", "not a folder");
    assertThat(run.exitCode).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
  }

  @Test
  void outBelowAFileExitsTwoBeforePrintingAnything(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("taken"), "x", StandardCharsets.UTF_8);

    Run run = Run.of("--out", file.resolve("a").resolve("b").toString());

    // It was exit 3 after the whole walk-through, with the JDK's "Not a directory".
    assertThat(run.exitCode).as(run.toString()).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
    assertThat(run.err).contains("--out " + file.resolve("a").resolve("b") + ": " + file
        + " is a file, not a folder");
    assertThat(run.out).isEmpty();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("x");
  }

  @Test
  void outThatIsALinkToNothingExitsTwoBeforePrintingAnything(@TempDir Path dir)
      throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("reports"), dir.resolve("nowhere"));

    Run run = Run.of("--out", link.toString());

    // It was exit 3 after the whole walk-through: "could not write the reports: <path>".
    assertThat(run.exitCode).as(run.toString()).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
    assertThat(run.err).contains("--out " + link + ": a link to nothing");
    assertThat(run.out).isEmpty();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(dir.resolve("nowhere")).doesNotExist();
  }

  @Test
  void anEmptyPathIsRefusedNotTakenAsTheCurrentFolder(@TempDir Path dir) {
    // "--plugins=" loaded every jar of the current folder, "--out=" wrote into it.
    for (String option : new String[] {"--dataset", "--out", "--plugins", "--inhabitants"}) {
      for (String value : new String[] {"", " "}) {
        Run run = option.equals("--out") ? Run.of(option + "=" + value)
            : Run.of(option + "=" + value, "--out", dir.resolve("out").toString());

        assertThat(run.exitCode).as(run.toString()).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
        assertThat(run.err).as(run.toString()).contains(option
            + ": must be the path of a file or folder, got '" + value + "'");
        assertThat(run.out).isEmpty();
      }
    }
    assertThat(dir.resolve("out")).doesNotExist();
    assertThat(Run.of("--locale", "nl", "--out=").err)
        .contains("--out: moet het pad van een bestand of map zijn, maar is ''");
  }

  @Test
  void aFigureDatedOutsideTheYearsIsBadInputNotATrace(@TempDir Path dir) throws IOException {
    String reference = new String(JsonDatasets.toBytes(Dataset.dutchTechZone()),
        StandardCharsets.UTF_8);
    Path file = Files.writeString(dir.resolve("d.json"), reference.replaceFirst(
        "\"referenceDate\": \"2021-01-01\"", "\"referenceDate\": \"0000-01-01\""),
        StandardCharsets.UTF_8);

    Run run = Run.of("--dataset", file.toString(), "--out", dir.resolve("out").toString());

    // It was exit 4, "unexpected error", and the stack trace of Years.check.
    assertThat(run.exitCode).as(run.toString()).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
    assertThat(run.err).contains("$.inhabitantFigures[0].referenceDate", "0000-01-01",
        "1900 to 2200").doesNotContain("\tat ", "Exception");
    assertThat(run.out).isEmpty();
  }

  @Test
  void yearsAndSecondsAreAsciiNumbers(@TempDir Path dir) {
    // Integer.parseInt and BigDecimal read Arabic-Indic and full-width digits: "--year=٢٠٢٣" ran
    // for 2023 and "--time-limit=١" gave every export one second.
    for (String[] args : new String[][] {{"--year=\u0662\u0660\u0662\u0663"},
        {"--year=\uff12\uff10\uff12\uff13"}, {"--time-limit=\u0661"},
        {"--contribution-year=\u0662\u0660\u0662\u0661"}}) {
      Run run = Run.of(args[0], "--out", dir.resolve("out").toString());

      assertThat(run.exitCode).as(run.toString()).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
      assertThat(run.err).contains("got '" + args[0].substring(args[0].indexOf('=') + 1) + "'");
    }
    assertThat(dir.resolve("out")).doesNotExist();
    assertThat(Run.of("--year= 2023", "--time-limit=1e3", "--out", dir.resolve("a").toString())
        .exitCode).isZero();
  }

  @Test
  void aReportThatCannotBeWrittenSaysWhy() {
    // The JDK's message of a file system error is the path alone; the reason is added.
    assertThat(Walkthrough.fileProblem(new AccessDeniedException("/x/out"),
        Messages.of(Locale.ENGLISH))).isEqualTo("/x/out: access denied");
    assertThat(Walkthrough.fileProblem(new FileSystemException("/a.tmp", "/a",
        "Is a directory"), Messages.of(Locale.ENGLISH)))
        .isEqualTo("/a.tmp -> /a: Is a directory");
    assertThat(Walkthrough.fileProblem(new FileAlreadyExistsException("/x/out"),
        Messages.of(Locale.forLanguageTag("nl"))))
        .isEqualTo("/x/out: er staat iets anders met die naam in de weg");
    assertThat(Walkthrough.fileProblem(new FileSystemException("/proc/x"),
        Messages.of(Locale.ENGLISH)))
        .isEqualTo("/proc/x: the file system refused it (FileSystemException)");
  }

  @Test
  void strictExitsOneWhenValidationFindsErrorsAndListsThem(@TempDir Path dir)
      throws IOException {
    Path file = offByOneCentDataset(dir);

    Run lenient = Run.of("--dataset", file.toString(), "--out", dir.resolve("a").toString());
    Run strict = Run.of("--strict", "--dataset", file.toString(), "--out",
        dir.resolve("b").toString());

    assertThat(lenient.exitCode).as(lenient.toString()).isZero();
    assertThat(strict.exitCode).as(strict.toString())
        .isEqualTo(Walkthrough.EXIT_VALIDATION_ERRORS);
    assertThat(strict.out).contains("Validation: 1 error(s)", "DTZ-F002 ERROR", "289467.21",
        "289467.22");
    assertThat(lenient.out).contains("DTZ-F002 ERROR");
  }

  @Test
  void strictExitsZeroOnTheCleanReferenceData(@TempDir Path dir) {
    Run run = Run.of("--strict", "--out", dir.toString());

    assertThat(run.exitCode).as(run.toString()).isZero();
  }

  @Test
  void aDatasetFileIsReadAndWalkedThrough(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("dtz.json");
    JsonDatasets.write(Dataset.dutchTechZone(), file);

    Run run = Run.of("--dataset", file.toString(), "--out", dir.resolve("out").toString());

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains("€ 102,121.79", "Validation: no violations",
        "== Contributions 2021 (estimate)", "€ 259,290.00",
        "No final inhabitant figures for 2021 yet: nothing to settle.");
    assertThat(run.out).doesNotContain("Illustrative");
  }

  @Test
  void aDatasetWithFinalFiguresGetsARealSettlement(@TempDir Path dir) throws IOException {
    Dataset reference = Dataset.dutchTechZone();
    Dataset.Builder withFinal = Dataset.builder().from(reference);
    for (InhabitantFigure f : reference.inhabitantFigures()) {
      withFinal.addInhabitantFigures(InhabitantFigure.of(f.municipality(), f.municipalityName(),
          f.referenceDate(), f.inhabitants() + 1, FigureStatus.FINAL, "test figure"));
    }
    Path file = dir.resolve("final.json");
    JsonDatasets.write(withFinal.build(), file);

    Run run = Run.of("--dataset", file.toString(), "--out", dir.resolve("out").toString());

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains("== Contributions 2021 (final)", "€ 259,294.00",
        "final figure of 2021-01-01", "Source: test figure");
    String settlement = WalkthroughTest.section(run.out, "== Settlement 2021: estimate to final");
    assertThat(settlement).contains(
        "Coevorden       € 35,317.00    € 35,318.00         € 1.00",
        "Total          € 259,290.00   € 259,294.00         € 4.00");
    assertThat(settlement).doesNotContain("Illustrative");
    // A real settlement goes into the exports too.
    String markdown = Files.readString(dir.resolve("out").resolve("DTZ-2023.md"),
        StandardCharsets.UTF_8);
    assertThat(markdown).contains("## Settlement 2021: estimate to final",
        "| **Total** | **€ 259,290.00** | **€ 259,294.00** | **€ 4.00** |");
  }

  @Test
  void aDatasetWithoutInhabitantFiguresComputesNoContributions(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("no-figures.json");
    JsonDatasets.write(Dataset.builder().from(Dataset.dutchTechZone())
        .inhabitantFigures(List.of()).build(), file);

    Run run = Run.of("--dataset", file.toString(), "--out", dir.resolve("out").toString());

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains(
        "The dataset holds no inhabitant figures: no contributions computed.");
    assertThat(run.out).doesNotContain("== Contributions", "== Settlement");
  }

  @Test
  void aContributionYearWithoutInhabitantFiguresExitsTwoNamingTheMunicipalityAndDate(
      @TempDir Path dir) {
    Run run = Run.of("--contribution-year", "2023", "--out", dir.toString());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
    assertThat(run.err).contains("no contributions for 2023", "2023-01-01");
    assertThat(run.err).doesNotContain("\tat ");
    assertThat(run.out).isEmpty();
  }

  /**
   * A dataset whose amounts are each within the dataset's range (at most EUR
   * 999,999,999,999.99), but 93,000 of them in one category of the 2022 statement add up past
   * what Money holds (about EUR 9.2 * 10^16).
   *
   * @param dir the folder to write it to
   * @return the dataset file
   */
  static Path sumOverflowDataset(Path dir) throws IOException {
    Dataset reference = Dataset.dutchTechZone();
    AnnualReport report = reference.report(2022).orElseThrow();
    FinancialStatement statement = report.statement().orElseThrow();
    StatementLine first = statement.spending().get(0);
    List<StatementLine> lines = new ArrayList<>();
    for (int i = 0; i < 93_000; i++) {
      lines.add(StatementLine.builder().from(first).id("s" + i)
          .amount(Money.ofCents(99_999_999_999_999L)).build());
    }
    AnnualReport huge = AnnualReport.builder().from(report)
        .statement(FinancialStatement.builder().from(statement).spending(lines).build()).build();
    Path file = dir.resolve("sum-overflow.json");
    JsonDatasets.write(Dataset.builder().from(reference).reports(List.of(huge)).build(), file);
    return file;
  }

  /** The category of the sum that {@link #sumOverflowDataset} makes overflow. */
  static String sumOverflowCategory() {
    return Dataset.dutchTechZone().report(2022).orElseThrow().statement().orElseThrow()
        .spending().get(0).categoryId().orElseThrow();
  }

  @Test
  void aSumOfInRangeAmountsBeyondWhatMoneyHoldsIsBadInputNamingTheSumNotAnInternalError(
      @TempDir Path dir) throws IOException {
    Path file = sumOverflowDataset(dir);

    Run run = Run.of("--dataset", file.toString(), "--out", dir.resolve("out").toString());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
    assertThat(run.err).isEqualTo("dtz-walkthrough: the figures are each within the dataset's"
        + " ranges, but a sum of them is not: spending of category '" + sumOverflowCategory()
        + "' in statement 2022 is too large: it overflows the range Money holds, EUR"
        + " -92233720368547758.08 to EUR 92233720368547758.07\n");
    assertThat(run.out).isEmpty();
  }

  @Test
  void figuresForAYearBeforeAnyMembershipAreBadInputNotChargedToEveryMunicipality(
      @TempDir Path dir) throws IOException {
    Dataset reference = Dataset.dutchTechZone();
    Programme programme = reference.programme();
    List<Membership> from2022 = programme.memberships().stream()
        .map(m -> Membership.builder().from(m).fromYear(2022).build())
        .collect(Collectors.toList());
    Path file = dir.resolve("members-from-2022.json");
    JsonDatasets.write(Dataset.builder().from(reference)
        .programme(Programme.builder().from(programme).memberships(from2022).build()).build(),
        file);

    Run run = Run.of("--dataset", file.toString(), "--out", dir.resolve("out").toString());
    Run explicit = Run.of("--dataset", file.toString(), "--contribution-year", "2021", "--out",
        dir.resolve("out").toString());
    Run dutch = Run.of("--locale", "nl", "--dataset", file.toString(), "--out",
        dir.resolve("out").toString());

    for (Run r : List.of(run, explicit)) {
      assertThat(r.exitCode).as(r.toString()).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
      assertThat(r.err).isEqualTo("dtz-walkthrough: no contributions for 2021: no municipality"
          + " is a member in that year; the membership covers from 2022\n");
      assertThat(r.out).isEmpty();
    }
    assertThat(dutch.err).contains("geen bijdragen voor 2021", "vanaf 2022");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void strictValidatesThePlanItPrintsAndExports(@TempDir Path dir) throws IOException {
    Dataset reference = Dataset.dutchTechZone();
    AnnualPlan plan = reference.plan(2023).orElseThrow();
    Budget overspent = Budget.builder().from(plan.budget().orElseThrow())
        .addLines(BudgetLine.builder().id("too-much").flow(Flow.SPENDING)
            .categoryId("projects").description(LocalizedText.of("te veel", "too much"))
            .planned(Money.parse("500000.00")).build())
        .build();
    Path file = dir.resolve("overspent.json");
    JsonDatasets.write(Dataset.builder().from(reference)
        .plans(List.of(AnnualPlan.builder().from(plan).budget(overspent).build())).build(), file);

    Run lenient = Run.of("--dataset", file.toString(), "--out", dir.resolve("a").toString());
    Run strict = Run.of("--strict", "--dataset", file.toString(), "--out",
        dir.resolve("b").toString());

    assertThat(lenient.exitCode).as(lenient.toString()).isZero();
    assertThat(strict.exitCode).as(strict.toString())
        .isEqualTo(Walkthrough.EXIT_VALIDATION_ERRORS);
    String planSection = WalkthroughTest.section(strict.out, "== Annual plan 2023");
    assertThat(planSection).contains("DTZ-F009 ERROR");
    assertThat(WalkthroughTest.section(strict.out, "== Statement 2022"))
        .contains("Validation: no violations");
    assertThat(Files.readString(dir.resolve("b").resolve("DTZ-2023.json"),
        StandardCharsets.UTF_8)).contains("DTZ-F009");
  }

  @Test
  void theDocumentYearNamesTheFilesAndTheOutputSaysWhichYearEachPartIs(@TempDir Path dir) {
    Run run2023 = Run.of("--year", "2023", "--out", dir.resolve("a").toString());
    Run run2022 = Run.of("--year", "2022", "--out", dir.resolve("b").toString());

    assertThat(run2023.exitCode).as(run2023.toString()).isZero();
    assertThat(run2023.out).contains(
        "Document 2023: plan 2023, report 2022, contributions 2021");
    assertThat(dir.resolve("a").resolve("DTZ-2023.csv")).isRegularFile();
    assertThat(run2022.exitCode).as(run2022.toString()).isZero();
    assertThat(run2022.out).contains("Document 2022: plan none, report 2022, contributions 2021",
        "The dataset holds no annual plan for 2022.");
    assertThat(run2022.out).doesNotContain("== Annual plan");
    assertThat(dir.resolve("b").resolve("DTZ-2022.csv")).isRegularFile();
    assertThat(dir.resolve("b").resolve("DTZ-2023.csv")).doesNotExist();
  }

  @Test
  void aDocumentYearWithNothingToShowExitsTwoListingTheYearsThereAre(@TempDir Path dir) {
    Run run = Run.of("--year", "2019", "--out", dir.toString());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
    assertThat(run.err).contains("--year 2019", "plans: 2023", "reports: 2022");
    assertThat(run.out).isEmpty();
  }

  @Test
  void dutchOutputHasDutchSeverities(@TempDir Path dir) throws IOException {
    Path file = offByOneCentDataset(dir);

    Run run = Run.of("--locale", "nl", "--dataset", file.toString(), "--out",
        dir.resolve("out").toString());

    assertThat(run.out).contains("Validatie: 1 fout(en), 0 waarschuwing(en)", "DTZ-F002 FOUT");
    assertThat(run.out).doesNotContain("ERROR", "WARNING", "Validation", "Reports");
  }

  @Test
  void anUnsafeShortNameIsRefusedWhileReadingBeforeAnythingIsPrinted(@TempDir Path dir)
      throws IOException {
    String json = new String(JsonDatasets.toBytes(Dataset.dutchTechZone()),
        StandardCharsets.UTF_8);
    assertThat(json).containsOnlyOnce("\"shortName\": \"DTZ\"");
    for (String unsafe : List.of("../escape", "a/b", ".hidden", "nul\\u0000", "new\\nline",
        "x".repeat(300), "DTZ\\u202egpj.exe", "zero\\u200bwidth")) {
      Path file = dir.resolve("unsafe.json");
      Files.writeString(file, json.replace("\"shortName\": \"DTZ\"",
          "\"shortName\": \"" + unsafe + "\""), StandardCharsets.UTF_8);

      Run run = Run.of("--dataset", file.toString(), "--out", dir.resolve("out").toString());

      assertThat(run.exitCode).as(unsafe + ": " + run).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
      assertThat(run.out).as(unsafe).isEmpty();
      assertThat(run.err).as(unsafe).contains("is not a valid dataset", "$.programme",
          "Programme.shortName", "plain name");
      assertThat(run.err).as(unsafe).doesNotContain("\u0000", "\u202e", "\u200b");
      assertThat(dir.resolve("out")).as(unsafe).doesNotExist();
    }
  }

  @Test
  void everythingPrintedFromInputIsMadeVisibleAndHarmless(@TempDir Path dir)
      throws IOException {
    Dataset reference = Dataset.dutchTechZone();
    String hostile = "\u001b[2J\u001b[31mRED\u001b]0;owned\u0007\r\u0000\u0085\u202eX";
    Path file = dir.resolve("hostile.json");
    JsonDatasets.write(Dataset.builder().from(reference).programme(Programme.builder()
        .from(reference.programme()).name("Evil " + hostile).build()).build(), file);

    Run run = Run.of("--dataset", file.toString(), "--out", dir.resolve("out").toString());

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains("== Evil \\u001b[2J\\u001b[31mRED\\u001b]0;owned\\u0007"
        + "\\u000d\\u0000\\u0085\\u202eX (DTZ)");
    assertThat(run.out.chars().filter(c -> c != '\n' && (Character.isISOControl(c)
        || Character.getType(c) == Character.FORMAT))).isEmpty();
  }

  @Test
  void anUnknownKeyWithANewlineAndABidiControlStaysOnOneLineOfTheErrorMessage(
      @TempDir Path dir) throws IOException {
    String json = new String(JsonDatasets.toBytes(Dataset.dutchTechZone()),
        StandardCharsets.UTF_8);
    Path file = dir.resolve("bad-key.json");
    Files.writeString(file, json.replaceFirst("\\{", "{\"evil\\\\nkey\\\\u202e\" : 1, "),
        StandardCharsets.UTF_8);

    Run run = Run.of("--dataset", file.toString(), "--out", dir.resolve("out").toString());

    assertThat(run.err).as(run.toString()).contains("evil\\u000akey\\u202e");
    assertThat(run.err.lines().filter(l -> l.contains("evil"))).hasSize(1);
    assertThat(run.err).doesNotContain("\u202e");
  }

  @Test
  void aPluginsLinkageErrorEndsItsOwnExportOnly(@TempDir Path dir) throws IOException {
    Path plugins = Files.createDirectory(dir.resolve("plugins"));
    FaultyPlugins.jar(plugins, "linkage.jar", FaultyPlugins.LinkageErrorExporter.class);
    Path out = dir.resolve("out");

    Run run = Run.of("--plugins", plugins.toString(), "--out", out.toString());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(Walkthrough.EXIT_WRITE_FAILED);
    assertThat(WalkthroughTest.section(run.out, "== Reports")).contains(
        "test-linkage   FAILED: exporter ", "NoClassDefFoundError: com/example/Missing");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).contains("DTZ-2023.csv",
          "DTZ-2023.html", "DTZ-2023.json", "DTZ-2023.md", "DTZ-2023.progress.csv")
          .doesNotContain("DTZ-2023.linkage.txt").noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void anExportPastTheTimeLimitIsAbandonedWithItsTemporaryFileAndExitsFive(@TempDir Path dir)
      throws IOException {
    Path plugins = Files.createDirectory(dir.resolve("plugins"));
    FaultyPlugins.jar(plugins, "hanging.jar", FaultyPlugins.HangingExporter.class);
    Path out = dir.resolve("out");

    long start = System.nanoTime();
    Run run = Run.of("--plugins", plugins.toString(), "--time-limit", "0.5", "--out",
        out.toString());
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(run.exitCode).as(run.toString()).isEqualTo(Walkthrough.EXIT_TIMED_OUT);
    assertThat(millis).isLessThan(20_000);
    assertThat(WalkthroughTest.section(run.out, "== Reports"))
        .contains("test-hanging   TIMED OUT after 0.5 s, abandoned (class path)");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).contains("DTZ-2023.csv",
          "DTZ-2023.json").doesNotContain("DTZ-2023.hanging.txt")
          .noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void aTimeLimitThatIsNotAPositiveNumberExitsTwo(@TempDir Path dir) {
    for (String bad : List.of("0", "-1", "soon", "0.0001", "100000")) {
      Run run = Run.of("--time-limit", bad, "--out", dir.toString());

      assertThat(run.exitCode).as(bad + ": " + run).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
      assertThat(run.err).contains("--time-limit", "'" + bad + "'");
      assertThat(run.out).isEmpty();
    }
  }

  private static Path offByOneCentDataset(Path dir) throws IOException {
    String json = new String(JsonDatasets.toBytes(Dataset.dutchTechZone()),
        StandardCharsets.UTF_8);
    assertThat(json).containsOnlyOnce("\"31016.66\"");
    Path file = dir.resolve("off-by-one-cent.json");
    Files.writeString(file, json.replace("\"31016.66\"", "\"31016.67\""),
        StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aBrokenPluginIsReportedAndTheOtherExportersStillWrite(@TempDir Path dir)
      throws IOException {
    Path plugins = Files.createDirectory(dir.resolve("plugins"));
    try (JarOutputStream jar = new JarOutputStream(
        Files.newOutputStream(plugins.resolve("broken-plugin.jar")))) {
      jar.putNextEntry(new JarEntry(
          "META-INF/services/nl.dutchtechzone.reporting.spi.ReportExporter"));
      jar.write("com.example.MissingExporter\n".getBytes(StandardCharsets.UTF_8));
      jar.closeEntry();
    }
    Path out = dir.resolve("out");

    Run run = Run.of("--plugins", plugins.toString(), "--out", out.toString());

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(WalkthroughTest.section(run.out, "== Reports"))
        .contains("exporter problem", "com.example.MissingExporter");
    assertThat(out.resolve("DTZ-2023.csv")).isRegularFile();
    assertThat(out.resolve("DTZ-2023.json")).isRegularFile();
  }
}
