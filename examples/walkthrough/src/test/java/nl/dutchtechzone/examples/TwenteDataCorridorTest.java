package nl.dutchtechzone.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.finance.contribution.ContributionCalculator;
import nl.dutchtechzone.finance.contribution.ContributionLine;
import nl.dutchtechzone.finance.contribution.ContributionScheme;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.contribution.FigureStatus;
import nl.dutchtechzone.finance.contribution.InhabitantRegister;
import nl.dutchtechzone.finance.contribution.Settlement;
import nl.dutchtechzone.finance.ledger.YearBalance;
import nl.dutchtechzone.finance.validation.ProgrammeYear;
import nl.dutchtechzone.finance.validation.Severity;
import nl.dutchtechzone.finance.validation.ValidationResult;
import nl.dutchtechzone.finance.validation.Validators;
import nl.dutchtechzone.finance.validation.Violation;
import nl.dutchtechzone.reporting.Exporters;
import nl.dutchtechzone.reporting.json.Dataset;
import nl.dutchtechzone.reporting.json.JsonDatasets;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.tracking.Tracker;
import nl.dutchtechzone.reporting.tracking.TrackingInput;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Twente Data Corridor ({@link TwenteDataCorridor}), built with the Java API from the README
 * and the docs alone, through every part of dtz: the docs example file is this dataset, the
 * contributions, settlement, statements and validation are right to the cent (recomputed here in
 * whole cents, independently of dtz), every export format of the README, the PDF included, is
 * written in English and Dutch with this programme's figures and nothing of Dutch TechZone, and
 * the command line agrees. It keeps a second programme from letting a DTZ assumption back in.
 */
class TwenteDataCorridorTest {

  private static final Path DOCS_EXAMPLE = Path.of("../../docs/examples/twente-data-corridor.json");

  private static final long RATE_CENTS = 85;

  /** Inhabitants by partner id, in partner-id order (the order of a statement's lines). */
  private static final Map<String, Long> PROVISIONAL_2025 = ordered(
      "enschede", 161_700L, "hengelo", 81_900L);
  private static final Map<String, Long> FINAL_2025 = ordered(
      "enschede", 161_811L, "hengelo", 82_012L);
  private static final Map<String, Long> PROVISIONAL_2026 = ordered(
      "almelo", 74_020L, "enschede", 162_230L, "hengelo", 82_345L);

  /** What would show that Dutch TechZone leaked into this programme's output. */
  private static final List<String> DTZ = List.of("Dutch TechZone", "DTZ-2", "Emmen",
      "Coevorden", "Hoogeveen", "Hardenberg", "Drenthe", "GM0114", "GM0109", "GM0118", "GM0160",
      "Program Board", "Regio Deal", "Bedrijvenregeling", "€ 1.00", "€ 1,00", "2021", "2022",
      "2023");

  @TempDir
  static Path dir;

  private static Map<String, Long> ordered(Object... pairs) {
    Map<String, Long> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (Long) pairs[i + 1]);
    }
    return map;
  }

  private static long cents(Map<String, Long> inhabitants) {
    return inhabitants.values().stream().mapToLong(n -> n * RATE_CENTS).sum();
  }

  private static String en(long cents) {
    return String.format(Locale.ROOT, "€ %,d.%02d", cents / 100, Math.abs(cents % 100));
  }

  private static String nl(long cents) {
    return en(cents).replace(',', '_').replace('.', ',').replace('_', '.');
  }

  private static ContributionCalculator calculator() {
    Programme programme = TwenteDataCorridor.programme();
    return ContributionCalculator.of(ContributionScheme.of(programme, RoundingMode.HALF_UP),
        InhabitantRegister.of(TwenteDataCorridor.figures()));
  }

  private static Map<String, Long> amounts(ContributionStatement statement) {
    Map<String, Long> map = new LinkedHashMap<>();
    for (ContributionLine l : statement.lines()) {
      map.put(l.partnerId(), l.amount().cents());
    }
    return map;
  }

  private static Map<String, Long> expected(Map<String, Long> inhabitants) {
    Map<String, Long> map = new LinkedHashMap<>();
    inhabitants.forEach((id, n) -> map.put(id, n * RATE_CENTS));
    return map;
  }

  @Test
  void theDocsExampleIsThisDatasetAsTheWriterWritesIt() throws IOException {
    Dataset built = TwenteDataCorridor.dataset();

    assertThat(new String(Files.readAllBytes(DOCS_EXAMPLE), StandardCharsets.UTF_8))
        .isEqualTo(new String(JsonDatasets.toBytes(built), StandardCharsets.UTF_8));
    assertThat(JsonDatasets.read(DOCS_EXAMPLE)).isEqualTo(built);
  }

  @Test
  void eachYearsMembersPayTheRateTimesTheirInhabitantsAndNobodyElse() {
    ContributionCalculator calculator = calculator();
    Programme programme = TwenteDataCorridor.programme();

    ContributionStatement final2025 = calculator.calculate(programme, 2025);
    ContributionStatement estimate2025 = calculator
        .withRegister(calculator.register().asKnownAt(FigureStatus.PROVISIONAL))
        .calculate(programme, 2025);
    ContributionStatement estimate2026 = calculator.calculate(programme, 2026);

    // Almelo joins in 2026; the province, the university and the hub never pay.
    assertThat(amounts(final2025)).isEqualTo(expected(FINAL_2025));
    assertThat(amounts(estimate2025)).isEqualTo(expected(PROVISIONAL_2025));
    assertThat(amounts(estimate2026)).isEqualTo(expected(PROVISIONAL_2026));
    assertThat(final2025.total().cents()).isEqualTo(cents(FINAL_2025)).isEqualTo(207_249_55L);
    assertThat(estimate2026.total().cents()).isEqualTo(cents(PROVISIONAL_2026))
        .isEqualTo(270_805_75L);
    assertThat(final2025.lines()).allMatch(l -> l.figureStatus() == FigureStatus.FINAL);
    assertThat(estimate2026.lines()).allMatch(l -> l.figureStatus() == FigureStatus.PROVISIONAL);

    Settlement settlement = Settlement.between(estimate2025, final2025);
    assertThat(settlement.total().cents())
        .isEqualTo(cents(FINAL_2025) - cents(PROVISIONAL_2025)).isEqualTo(189_55L);
  }

  @Test
  void theStatementsRollForwardToTheCent() {
    FinancialStatement s2025 = TwenteDataCorridor.report2025().statement().orElseThrow();
    FinancialStatement s2026 = TwenteDataCorridor.report2026().statement().orElseThrow();

    long closing2025 = 18_400_00L + 207_249_55L + 125_000_00L
        - (187_412_18L + 91_377_40L + 38_904_67L);
    long closing2026 = closing2025 + 270_805_75L + 110_000_00L
        - (211_980_04L + 104_220_90L + 33_617_11L);
    assertThat(YearBalance.of(s2025).closing().cents()).isEqualTo(closing2025)
        .isEqualTo(32_955_30L);
    assertThat(s2026.carriedForward().cents()).isEqualTo(closing2025);
    assertThat(YearBalance.of(s2026).closing().cents()).isEqualTo(closing2026)
        .isEqualTo(63_943_00L);
  }

  @Test
  void validationFindsOnlyTheBudgetMadeOnProvisionalFigures() {
    Programme programme = TwenteDataCorridor.programme();
    ContributionCalculator calculator = calculator();
    ContributionStatement final2025 = calculator.calculate(programme, 2025);
    ContributionStatement estimate2026 = calculator.calculate(programme, 2026);
    FinancialStatement s2025 = TwenteDataCorridor.report2025().statement().orElseThrow();

    ValidationResult year2025 = Validators.programmeYear().validate(ProgrammeYear.builder()
        .programme(programme).year(2025).statement(s2025)
        .budget(TwenteDataCorridor.plan2025().budget()).contributions(final2025)
        .register(calculator.register()).build());
    ValidationResult year2026 = Validators.programmeYear().validate(ProgrammeYear.builder()
        .programme(programme).year(2026)
        .statement(TwenteDataCorridor.report2026().statement())
        .budget(TwenteDataCorridor.plan2026().budget()).previousStatement(s2025)
        .contributions(estimate2026).register(calculator.register()).build());

    // The 2025 budget expected the provisional 207,060.00; the final figures owe 207,249.55.
    assertThat(year2025.violations()).extracting(Violation::code, Violation::severity,
        Violation::path).containsExactly(
            org.assertj.core.groups.Tuple.tuple("DTZ-F008", Severity.WARNING,
                "budget[2025].income"));
    assertThat(year2025.violations().get(0).difference().map(Money::cents))
        .contains(207_060_00L - 207_249_55L);
    assertThat(year2026.violations()).isEmpty();
    assertThat(Validators.contributions(calculator.register()).validate(final2025)
        .violations()).isEmpty();
  }

  private static ExportContext context2026(Locale locale) {
    Dataset data = TwenteDataCorridor.dataset();
    ContributionStatement contributions = calculator().calculate(data.programme(), 2026);
    return ExportContext.builder()
        .programme(data.programme())
        .year(2026)
        .plan(data.plan(2026).orElseThrow())
        .report(data.report(2026).orElseThrow())
        .contributions(contributions)
        .tracking(Tracker.track(TrackingInput.builder().programme(data.programme())
            .addAllPlans(data.plans()).addAllReports(data.reports()).build()))
        .validation(Validators.contributions(calculator().register()).validate(contributions))
        .coverLetter(TwenteDataCorridor.letter())
        .locale(locale)
        .build();
  }

  /** The text a person sees in a file: PDF text extracted, xlsx cells and strings read. */
  private static String visibleText(Path file) throws IOException {
    String name = file.getFileName().toString();
    if (name.endsWith(".pdf")) {
      try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
        return new PDFTextStripper().getText(pdf);
      }
    }
    if (name.endsWith(".xlsx")) {
      StringBuilder text = new StringBuilder();
      try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
          if (e.getName().startsWith("xl/")) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            zip.transferTo(bytes);
            text.append(bytes.toString(StandardCharsets.UTF_8)).append('\n');
          }
        }
      }
      return text.toString();
    }
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Test
  void everyExportFormatCarriesThisProgrammesFiguresInBothLanguagesAndNothingOfDutchTechZone()
      throws IOException {
    Exporters exporters = Exporters.discover();
    assertThat(exporters.formats()).contains("csv", "csv-progress", "json", "markdown", "html",
        "xlsx", "pdf");
    long closing = 63_943_00L;
    long contributions = cents(PROVISIONAL_2026);
    for (Locale locale : List.of(ExportContext.ENGLISH, ExportContext.DUTCH)) {
      Path out = Files.createDirectories(dir.resolve("api-" + locale.getLanguage()));
      ExportContext context = context2026(locale);
      boolean dutch = locale.getLanguage().equals("nl");
      List<String> written = new ArrayList<>();
      for (String format : exporters.formats()) {
        Path file = exporters.exportTo(format, context, out);
        written.add(file.getFileName().toString());
        String text = visibleText(file);
        for (String leak : DTZ) {
          assertThat(text).as("%s (%s) shows %s", file.getFileName(), locale, leak)
              .doesNotContain(leak);
        }
        switch (format) {
          case "markdown", "html", "pdf" -> {
            String money = dutch ? nl(closing) : en(closing);
            assertThat(text).as(format).contains("Twente Data Corridor", money,
                dutch ? nl(contributions) : en(contributions), dutch ? "€ 0,85" : "€ 0.85",
                "GM0141", "GM0153", "GM0164", "Almelo");
            // The budget's income lines are told apart by their income categories.
            assertThat(text).as(format).contains(dutch ? "Overige inkomsten" : "Other income");
          }
          case "csv" -> assertThat(text).as(format)
              .contains("270805.75", "62917.00", "GM0141", ",other-income,");
          case "json" -> assertThat(text).as(format)
              .contains("270805.75", "63943.00", "62917.00", "GM0141");
          case "xlsx" -> assertThat(text).as(format)
              .contains(">270805.75<", ">62917.00<", ">0.85<", "Almelo", "Twente",
                  dutch ? "Overige inkomsten" : "Other income");
          case "csv-progress" -> assertThat(text).as(format).contains("2026.OD.1", "2026.SK.2");
          default -> { }
        }
      }
      assertThat(written).allMatch(n -> n.startsWith("TDC-2026."));
    }
  }

  private static Run cli(Path dataset, String... args) {
    List<String> all = new ArrayList<>(List.of("--dataset", dataset.toString(), "--out",
        dir.resolve("cli-" + String.join("", args).replace("-", "")).toString()));
    all.addAll(List.of(args));
    return Run.of(all.toArray(new String[0]));
  }

  @Test
  void theCommandLineOnTheDocsExamplePrintsTheSameFiguresInBothLanguages() {
    Run english = cli(DOCS_EXAMPLE.toAbsolutePath());
    Run dutch = cli(DOCS_EXAMPLE.toAbsolutePath(), "--locale", "nl");

    assertThat(english.exitCode).as(english.toString()).isZero();
    assertThat(dutch.exitCode).as(dutch.toString()).isZero();
    assertThat(english.out).contains("Twente Data Corridor (TDC)",
        "Document 2026: plan 2026, report 2026, contributions 2026",
        en(cents(PROVISIONAL_2026)), en(63_943_00L), "€ 0.85");
    assertThat(dutch.out).contains(nl(cents(PROVISIONAL_2026)), nl(63_943_00L), "€ 0,85");
    // An aim of the 2025 report has one activity, one of 2026 two.
    assertThat(english.out).containsPattern("Share data +1 activity\\R")
        .containsPattern("Learn to work with data +2 activities\\R");
    assertThat(dutch.out).containsPattern("Data delen +1 activiteit\\R")
        .containsPattern("Leren werken met data +2 activiteiten\\R");
    for (Run run : List.of(english, dutch)) {
      for (String leak : DTZ) {
        assertThat(run.out).as("shows %s", leak).doesNotContain(leak);
      }
    }
  }

  /**
   * A document of 2025 from a dataset that also holds 2026: its contributions are those of 2025
   * (the latest year up to the document's with every member's figure, here final), not 2026's,
   * so the 2025 budget made on provisional figures is a warning; and its tracking and budget
   * variances stop at 2025. Before, the default was the dataset's latest year (2026) and the
   * 2025 document carried the 2026 plan, actuals and contributions.
   */
  @Test
  void aDocumentOfAnEarlierYearCarriesNothingOfALaterYear() throws IOException {
    Run run = cli(DOCS_EXAMPLE.toAbsolutePath(), "--year", "2025", "--format", "markdown",
        "--format", "csv");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains("Document 2025: plan 2025, report 2025, contributions 2025",
        "Contributions 2025 (final)", en(cents(FINAL_2025)),
        "DTZ-F008 WARNING budget[2025].income").doesNotContain("Plan 2026", "2026.OD.1");
    Path out = dir.resolve("cli-year2025formatmarkdownformatcsv");
    String md = Files.readString(out.resolve("TDC-2025.md"), StandardCharsets.UTF_8);
    String csv = Files.readString(out.resolve("TDC-2025.csv"), StandardCharsets.UTF_8);
    assertThat(md).contains("| 2025 | Staff | € 190,000.00 |",
        "| **Total income** | **€ 332,249.55** |").doesNotContain("| 2026 |", "GM0141");
    assertThat(csv.lines().filter(l -> !l.startsWith("year,")).collect(Collectors.toList()))
        .isNotEmpty().allMatch(l -> l.startsWith("2025,"));
  }

  /** The rate is optional in a dataset; without one nobody is charged (it was exit 4). */
  @Test
  void aProgrammeWithoutARateIsNoErrorAndAskingForItsContributionsIsBadInput()
      throws IOException {
    Dataset data = TwenteDataCorridor.dataset();
    Programme noRate = Programme.builder().from(data.programme())
        .contributionPerInhabitant(java.util.Optional.empty()).build();
    Path file = dir.resolve("no-rate.json");
    JsonDatasets.write(Dataset.builder().from(data).programme(noRate).build(), file);

    Run run = cli(file, "--format", "json");
    Run dutch = cli(file, "--format", "json", "--locale", "nl");
    Run asked = cli(file, "--contribution-year", "2025");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains(
        "Programme 'tdc' states no contribution per inhabitant: no contributions computed.",
        "contributions none");
    assertThat(dutch.exitCode).as(dutch.toString()).isZero();
    assertThat(dutch.out).contains("Programma 'tdc' noemt geen bijdrage per inwoner");
    assertThat(asked.exitCode).as(asked.toString()).isEqualTo(2);
    assertThat(asked.err).contains("no contributions for 2025: programme 'tdc' states no "
        + "contribution per inhabitant (contributionPerInhabitant)").doesNotContain("\tat ");
  }

  /**
   * A rate with a fraction of a cent, as many joint arrangements state theirs: EUR 0.855 per
   * inhabitant, rate × inhabitants rounded half up to the cent. Hengelo's 82,345 × 0.855 =
   * 70,404.975 rounds to 70,404.98; Almelo's 74,020 × 0.855 = 63,287.10 and Enschede's
   * 162,230 × 0.855 = 138,706.65 are exact. Before, the dataset could not state such a rate.
   */
  @Test
  void aRateWithAFractionOfACentIsRoundedHalfUpPerMunicipality() throws IOException {
    Dataset data = TwenteDataCorridor.dataset();
    Programme finer = Programme.builder().from(data.programme())
        .contributionPerInhabitant(new java.math.BigDecimal("0.855")).build();
    Path file = dir.resolve("finer-rate.json");
    JsonDatasets.write(Dataset.builder().from(data).programme(finer).build(), file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .contains("\"contributionPerInhabitant\": \"0.855\"");

    Run run = cli(file, "--format", "json");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains("Contribution per inhabitant: € 0.855",
        "74,020 x € 0.855 =    € 63,287.10", "162,230 x € 0.855 =   € 138,706.65",
        "82,345 x € 0.855 =    € 70,404.98", "€ 272,398.73");
    assertThat(63_287_10L + 138_706_65L + 70_404_98L).isEqualTo(272_398_73L);
  }

  /** Only the members of each year pay: Almelo is a partner in 2025 but not yet a member. */
  @Test
  void almeloIsAPartnerButNotAPayerIn2025() {
    Programme programme = TwenteDataCorridor.programme();
    assertThat(programme.partners().stream().filter(Partner::isMunicipality).map(Partner::id))
        .containsExactly("enschede", "hengelo", "almelo");
    assertThat(programme.municipalitiesIn(2025)).extracting(Partner::id)
        .containsExactly("enschede", "hengelo");
  }
}
