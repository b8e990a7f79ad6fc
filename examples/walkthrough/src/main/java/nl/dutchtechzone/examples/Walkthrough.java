package nl.dutchtechzone.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.Years;
import nl.dutchtechzone.core.RelatedProgramme;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.ActionPoint;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.core.plan.InvestmentTheme;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.StatementLine;
import nl.dutchtechzone.finance.contribution.ContributionCalculator;
import nl.dutchtechzone.finance.contribution.ContributionHistory;
import nl.dutchtechzone.finance.contribution.ContributionLine;
import nl.dutchtechzone.finance.contribution.ContributionScheme;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.contribution.FigureStatus;
import nl.dutchtechzone.finance.contribution.InhabitantFigure;
import nl.dutchtechzone.finance.contribution.InhabitantRegister;
import nl.dutchtechzone.finance.contribution.MissingInhabitantFigureException;
import nl.dutchtechzone.finance.contribution.Settlement;
import nl.dutchtechzone.finance.contribution.SettlementLine;
import nl.dutchtechzone.finance.ledger.YearBalance;
import nl.dutchtechzone.finance.validation.ProgrammeYear;
import nl.dutchtechzone.finance.validation.ValidationResult;
import nl.dutchtechzone.finance.validation.Validators;
import nl.dutchtechzone.finance.validation.Violation;
import nl.dutchtechzone.reporting.Exporters;
import nl.dutchtechzone.reporting.json.Dataset;
import nl.dutchtechzone.reporting.json.DatasetException;
import nl.dutchtechzone.reporting.json.DatasetProblem;
import nl.dutchtechzone.reporting.json.JsonDatasets;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.spi.ReportExporter;
import nl.dutchtechzone.reporting.tracking.ActionStatus;
import nl.dutchtechzone.reporting.tracking.AimCoverage;
import nl.dutchtechzone.reporting.tracking.Gap;
import nl.dutchtechzone.reporting.tracking.GapKind;
import nl.dutchtechzone.reporting.tracking.HeadingSummary;
import nl.dutchtechzone.reporting.tracking.LineOfWork;
import nl.dutchtechzone.reporting.tracking.LineOfWorkEntry;
import nl.dutchtechzone.reporting.tracking.PlanTracking;
import nl.dutchtechzone.reporting.tracking.ReportTracking;
import nl.dutchtechzone.reporting.tracking.StatusCounts;
import nl.dutchtechzone.reporting.tracking.ThemeSummary;
import nl.dutchtechzone.reporting.tracking.Tracker;
import nl.dutchtechzone.reporting.tracking.TrackingInput;
import nl.dutchtechzone.reporting.tracking.TrackingReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The walk-through of dtz, and its command-line tool.
 *
 * <p>Without arguments it runs the whole library over the embedded Dutch TechZone reference data
 * and prints what it finds. With options it works on real data; see {@code --help}.
 *
 * <p>Exit codes: {@value #EXIT_OK} success; {@value #EXIT_VALIDATION_ERRORS} validation found
 * errors and {@code --strict} was given; {@value #EXIT_BAD_INPUT} bad usage or bad input (a short
 * message, no stack trace); {@value #EXIT_WRITE_FAILED} a report could not be written; {@value
 * #EXIT_INTERNAL_ERROR} an unexpected error (a bug: the stack trace is printed).
 */
@Command(
    name = "dtz-walkthrough",
    mixinStandardHelpOptions = true,
    versionProvider = Walkthrough.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = false,
    description = {
        "Runs dtz over a programme's data: the programme and its partners, the year's",
        "statement and its validation, the plan per theme, contributions per municipality",
        "and their settlement, plan-to-report tracking, and one report file per exporter.",
        "Without options it walks through the embedded Dutch TechZone reference data."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:validation found errors and --strict was given",
        "2:bad usage or bad input (dataset, format, plugin folder)",
        "3:a report could not be written",
        "4:unexpected error (a bug; the stack trace is printed)"})
public final class Walkthrough implements Callable<Integer> {

  /** Exit code: success. */
  public static final int EXIT_OK = 0;

  /** Exit code: validation found errors and {@code --strict} was given. */
  public static final int EXIT_VALIDATION_ERRORS = 1;

  /** Exit code: bad usage or bad input. */
  public static final int EXIT_BAD_INPUT = 2;

  /** Exit code: a report could not be written. */
  public static final int EXIT_WRITE_FAILED = 3;

  /** Exit code: an unexpected error, a bug. */
  public static final int EXIT_INTERNAL_ERROR = 4;

  private static final String NAME = "dtz-walkthrough";

  private static final String ILLUSTRATIVE_SOURCE =
      "illustrative final figure made up for the dtz walk-through; not published by CBS";

  @Option(names = "--dataset", paramLabel = "FILE",
      description = "A JSON dataset (dtzFormat 1) to work on (default: the embedded Dutch "
          + "TechZone reference data).")
  private Path dataset;

  @Option(names = "--year", paramLabel = "N",
      description = "The year of the contribution statement: inhabitants on 1 January of N "
          + "(default: the latest year with figures for every municipality).")
  private Integer year;

  @Option(names = "--format", paramLabel = "ID",
      description = "An export format to write; repeat for several (default: every format "
          + "found).")
  private List<String> formats = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "dtz-reports",
      description = "The folder to write the reports to; created if missing "
          + "(default: ${DEFAULT-VALUE}).")
  private Path outFolder;

  @Option(names = "--locale", paramLabel = "nl|en", defaultValue = "en",
      converter = LocaleConverter.class,
      description = "Language of the output and the reports: nl or en (default: ${DEFAULT-VALUE}).")
  private Locale locale = Locale.ENGLISH;

  @Option(names = "--strict",
      description = "Exit with code 1 when validation finds errors.")
  private boolean strict;

  @Option(names = "--plugins", paramLabel = "DIR",
      description = "A folder of exporter plugin jars; each jar is loaded through a class "
          + "loader of its own and its exporters are used next to the built-in ones.")
  private Path pluginFolder;

  @Option(names = "--inhabitants", paramLabel = "PATH",
      description = "A CBS download of inhabitant figures: an OData TypedDataSet (.json, with "
          + "its Perioden file <name>.Perioden.json next to it if present) of table 03759ned "
          + "or 37230ned, or a StatLine CSV (.csv); repeat for several vintages. Its retrieval "
          + "date is the file's date.")
  private List<Path> inhabitantFiles = new ArrayList<>();

  @Option(names = "--inhabitants-status", paramLabel = "provisional|revised|final",
      converter = InhabitantFiles.StatusConverter.class,
      description = "The status of the figures of an --inhabitants file that does not carry "
          + "its status (a TypedDataSet without its Perioden file).")
  private FigureStatus inhabitantsStatus;

  private List<String> inhabitantNotes = List.of();

  private final PrintStream out;

  private Walkthrough(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the command line and exits the JVM with the exit code when it is not 0.
   *
   * @param args the command-line arguments; none for the walk-through over the reference data
   */
  public static void main(String[] args) {
    int code = execute(new PrintStream(System.out, true, StandardCharsets.UTF_8),
        new PrintStream(System.err, true, StandardCharsets.UTF_8), args);
    if (code != EXIT_OK) {
      System.exit(code);
    }
  }

  /**
   * Runs the command line without exiting the JVM.
   *
   * @param out where the walk-through and the help are printed, not null
   * @param err where problems are printed, not null
   * @param args the command-line arguments, not null
   * @return the exit code, one of the {@code EXIT_} constants
   */
  public static int execute(PrintStream out, PrintStream err, String... args) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(args, "args");
    PrintWriter errWriter = new PrintWriter(err, true);
    CommandLine cmd = new CommandLine(new Walkthrough(out));
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(errWriter);
    cmd.setParameterExceptionHandler((ParameterException e, String[] a) -> {
      errWriter.println(NAME + ": " + e.getMessage());
      errWriter.println("Try '" + NAME + " --help' for the options.");
      return EXIT_BAD_INPUT;
    });
    cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof UsageException) {
        errWriter.println(NAME + ": " + e.getMessage());
        for (String detail : ((UsageException) e).details()) {
          errWriter.println("  " + detail);
        }
        return EXIT_BAD_INPUT;
      }
      if (e instanceof UncheckedIOException || e instanceof IOException) {
        errWriter.println(NAME + ": could not write the reports: " + e.getMessage());
        return EXIT_WRITE_FAILED;
      }
      errWriter.println(NAME + ": unexpected error, please report it:");
      e.printStackTrace(errWriter);
      return EXIT_INTERNAL_ERROR;
    });
    return cmd.execute(args);
  }

  @Override
  public Integer call() throws IOException {
    if (Files.exists(outFolder) && !Files.isDirectory(outFolder)) {
      throw new UsageException("--out " + outFolder + ": not a folder");
    }
    try (PluginJars plugins = pluginFolder == null
        ? PluginJars.none()
        : PluginJars.open(pluginFolder, Walkthrough.class.getClassLoader())) {
      Exporters exporters = registry(plugins);
      List<String> chosen = chosenFormats(exporters);
      Dataset data = loadDataset();

      Programme programme = data.programme();
      InhabitantRegister register = inhabitants(data);
      Optional<ContributionStatement> contributions = contributionYear(programme, register)
          .map(y -> contributions(programme, register, y));
      TrackingReport tracking = track(data);

      printProgramme(programme);
      Optional<AnnualReport> report = latest(data.reports(), AnnualReport::year);
      ValidationResult validation = ValidationResult.clean();
      if (report.isPresent()) {
        validation = printStatement(programme, data, report.get());
      } else {
        note(t("The dataset holds no annual report.", "De dataset bevat geen jaarverslag."));
      }
      Optional<AnnualPlan> plan = latest(data.plans(), AnnualPlan::year);
      plan.ifPresentOrElse(this::printPlan,
          () -> note(t("The dataset holds no annual plan.", "De dataset bevat geen jaarplan.")));
      inhabitantNotes.forEach(this::note);
      contributions.ifPresent(c -> printContributions(programme, c));
      if (contributions.isEmpty()) {
        note(t("The dataset holds no inhabitant figures: no contributions computed.",
            "De dataset bevat geen inwonertallen: geen bijdragen berekend."));
      } else if (!printChain(programme, register, contributions.get())) {
        printSettlement(programme, register, contributions.get());
      }
      printTracking(tracking);

      int documentYear = plan.map(AnnualPlan::year)
          .orElseGet(() -> report.map(AnnualReport::year).orElse(
              programme.strategicPeriod().firstYear()));
      ExportContext.Builder context = ExportContext.builder()
          .programme(programme)
          .year(documentYear)
          .tracking(tracking)
          .locale(locale);
      plan.ifPresent(context::plan);
      report.ifPresent(context::report);
      contributions.ifPresent(context::contributions);
      if (report.isPresent()) {
        context.validation(validation);
      }
      data.coverLetters().stream().findFirst().ifPresent(context::coverLetter);
      int written = writeReports(exporters, plugins, chosen, context.build());
      if (written != EXIT_OK) {
        return written;
      }
      return strict && !validation.isValid() ? EXIT_VALIDATION_ERRORS : EXIT_OK;
    }
  }

  /** The dataset's figures and those of the {@code --inhabitants} files, in one register. */
  private InhabitantRegister inhabitants(Dataset data) {
    if (inhabitantFiles.isEmpty()) {
      if (inhabitantsStatus != null) {
        throw new UsageException("--inhabitants-status needs an --inhabitants file");
      }
      return data.inhabitantRegister();
    }
    InhabitantFiles.Read read = InhabitantFiles.read(inhabitantFiles,
        Optional.ofNullable(inhabitantsStatus), data.programme());
    inhabitantNotes = read.notes();
    try {
      return data.inhabitantRegister().withAll(read.figures());
    } catch (IllegalArgumentException e) {
      throw new UsageException("--inhabitants: " + e.getMessage(), List.of(), e);
    }
  }

  /**
   * Prints the settlement chain of the statement's year where several vintages of figures exist
   * (more than an estimate and a final statement, or vintages from CBS files).
   *
   * @return whether the chain was printed
   */
  private boolean printChain(Programme programme, InhabitantRegister register,
      ContributionStatement statement) {
    List<Partner> payers = programme.partners().stream()
        .filter(p -> statement.line(p.id()).isPresent()).collect(Collectors.toList());
    ContributionHistory history;
    try {
      history = ContributionHistory.of(ContributionCalculator.of(
          ContributionScheme.of(programme, RoundingMode.HALF_UP), register),
          programme.id(), statement.year(), payers);
    } catch (IllegalArgumentException | MissingInhabitantFigureException e) {
      note(t("No settlement chain: ", "Geen verrekeningsketen: ") + e.getMessage());
      return true;
    }
    int vintages = history.vintages().size();
    if (vintages < 2 || (vintages == 2 && inhabitantFiles.isEmpty())) {
      return false;
    }
    heading(t("Settlement ", "Verrekening ") + statement.year() + ": "
        + t(vintages + " vintages of figures", vintages + " versies van de cijfers"));
    InhabitantFiles.chain(history, locale).forEach(l -> line("%s", l));
    return true;
  }

  private Optional<Integer> contributionYear(Programme programme, InhabitantRegister register) {
    if (year != null) {
      try {
        Years.check("--year", year);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      return Optional.of(year);
    }
    List<Partner> municipalities = programme.partners().stream()
        .filter(Partner::isMunicipality).collect(Collectors.toList());
    return register.figures().stream()
        .map(f -> f.referenceDate())
        .filter(d -> d.getMonthValue() == 1 && d.getDayOfMonth() == 1)
        .map(d -> d.getYear())
        .distinct()
        .filter(y -> !municipalities.isEmpty() && municipalities.stream().allMatch(m ->
            register.figuresOf(m.cbsCode().orElseThrow()).stream()
                .anyMatch(f -> f.referenceDate().equals(LocalDate.of(y, 1, 1)))))
        .max(Comparator.naturalOrder());
  }
  private Exporters registry(PluginJars plugins) {
    Exporters.Builder builder = Exporters.builder().discover(Walkthrough.class.getClassLoader());
    for (ClassLoader loader : plugins.loaders()) {
      builder.discover(loader);
    }
    return builder.build();
  }

  private List<String> chosenFormats(Exporters exporters) {
    if (formats.isEmpty()) {
      return exporters.formats();
    }
    List<String> chosen = new ArrayList<>();
    for (String format : formats) {
      if (exporters.find(format).isEmpty()) {
        throw new UsageException("unknown format '" + format + "'; known formats: "
            + String.join(", ", exporters.formats()));
      }
      if (!chosen.contains(format)) {
        chosen.add(format);
      }
    }
    return chosen;
  }

  private Dataset loadDataset() {
    if (dataset == null) {
      return Dataset.dutchTechZone();
    }
    if (!Files.isRegularFile(dataset)) {
      throw new UsageException("--dataset " + dataset + ": "
          + (Files.exists(dataset) ? "not a file" : "no such file"));
    }
    try (InputStream in = Files.newInputStream(dataset)) {
      return JsonDatasets.read(in);
    } catch (DatasetException e) {
      List<String> problems = new ArrayList<>();
      for (DatasetProblem problem : e.problems()) {
        problems.add(problem.describe());
      }
      throw new UsageException("--dataset " + dataset + " is not a valid dataset ("
          + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "):",
          problems, e);
    } catch (IOException e) {
      throw new UsageException("--dataset " + dataset + " cannot be read: " + e, List.of(), e);
    }
  }

  private static <T> Optional<T> latest(List<T> items, ToIntFunction<T> year) {
    return items.stream().max(Comparator.comparingInt(year));
  }

  private TrackingReport track(Dataset data) {
    try {
      return Tracker.track(TrackingInput.builder()
          .programme(data.programme())
          .addAllPlans(data.plans())
          .addAllReports(data.reports())
          .build());
    } catch (IllegalArgumentException e) {
      throw new UsageException("the dataset cannot be tracked: " + e.getMessage(), List.of(), e);
    }
  }

  private void printProgramme(Programme programme) {
    heading(programme.name() + " (" + programme.shortName() + ")");
    line("%s", programme.purpose().in(locale));
    line("%s %d-%d", t("Strategic period", "Strategische periode"),
        programme.strategicPeriod().firstYear(), programme.strategicPeriod().lastYear());
    programme.contributionPerInhabitant().ifPresent(rate -> line("%s: %s",
        t("Contribution per inhabitant", "Bijdrage per inwoner"), Amounts.format(rate, locale)));
    line("");
    line("%s:", t("Partners", "Partners"));
    for (Partner p : programme.partners()) {
      line("  %-58s %-22s %s", p.name(), p.kind().label().in(locale),
          p.cbsCode().map(Object::toString).orElse(""));
    }
    line("%s:", t("Related programmes", "Verwante programma's"));
    for (RelatedProgramme r : programme.relatedProgrammes()) {
      line("  %s: %s", r.name(), r.role().map(text -> text.in(locale)).orElse(""));
    }
  }

  private ValidationResult printStatement(Programme programme, Dataset data,
      AnnualReport report) {
    ProgrammeYear.Builder programmeYear = ProgrammeYear.builder()
        .programme(programme)
        .year(report.year())
        .statement(report.statement());
    data.report(report.year() - 1).flatMap(AnnualReport::statement)
        .ifPresent(programmeYear::previousStatement);
    data.plan(report.year()).flatMap(AnnualPlan::budget).ifPresent(programmeYear::budget);
    ValidationResult validation = Validators.programmeYear().validate(programmeYear.build());
    if (report.statement().isEmpty()) {
      note(t("The annual report " + report.year() + " has no financial statement.",
          "Het jaarverslag " + report.year() + " heeft geen financieel overzicht."));
    } else {
      FinancialStatement s = report.statement().get();
      heading(t("Statement ", "Financieel overzicht ") + s.year());
      money(t("Carried forward", "Doorgeschoven budget"), s.carriedForward());
      for (StatementLine l : s.income()) {
        money("+ " + l.label().in(locale), l.amount());
      }
      for (StatementLine l : s.spending()) {
        money("- " + l.label().in(locale), l.amount());
      }
      YearBalance balance = YearBalance.of(s);
      money(t("Closing balance", "Eindsaldo"), balance.closing());
      line("  %s", t("(carried forward + income - spending, rolled into " + (s.year() + 1) + ")",
          "(doorgeschoven + inkomsten - uitgaven, door naar " + (s.year() + 1) + ")"));
    }
    if (validation.hasNoViolations()) {
      line("%s: %s", t("Validation", "Validatie"),
          t("no violations", "geen bevindingen"));
    } else {
      line("%s: %d %s, %d %s", t("Validation", "Validatie"), validation.errors().size(),
          t("error(s)", "fout(en)"), validation.warnings().size(),
          t("warning(s)", "waarschuwing(en)"));
      for (Violation v : validation.violations()) {
        line("  %s %s %s: %s", v.code(), v.severity(), v.path(), v.message(locale));
      }
    }
    return validation;
  }

  /**
   * The contributions of a year, paid by the municipalities that are members that year, or by
   * all of the programme's municipalities if the recorded membership does not cover the year.
   */
  private ContributionStatement contributions(Programme programme, InhabitantRegister register,
      int year) {
    List<Partner> payers = programme.municipalitiesIn(year);
    if (payers.isEmpty()) {
      payers = programme.partners().stream().filter(Partner::isMunicipality)
          .collect(Collectors.toList());
    }
    try {
      ContributionCalculator calculator = ContributionCalculator.of(
          ContributionScheme.of(programme, RoundingMode.HALF_UP), register);
      return calculator.calculate(programme.id(), year, payers);
    } catch (IllegalArgumentException | MissingInhabitantFigureException e) {
      throw new UsageException("no contributions for " + year + ": " + e.getMessage(), List.of(),
          e);
    }
  }

  private void printContributions(Programme programme, ContributionStatement statement) {
    int year = statement.year();
    heading(t("Contributions ", "Bijdragen ") + year + " (" + status(statement.status()) + ")");
    if (programme.municipalitiesIn(year).isEmpty()) {
      line("%s", t("The recorded membership does not cover " + year + "; charged: the "
              + "programme's municipalities.",
          "Het vastgelegde lidmaatschap dekt " + year + " niet; in rekening gebracht: de "
              + "gemeenten van het programma."));
    }
    for (ContributionLine l : statement.lines()) {
      line("  %-12s %s %9s x %s = %14s  %s",
          l.name(), l.cbsCode(), count(l.inhabitants()),
          Amounts.format(Money.of(l.rate(), RoundingMode.HALF_UP), locale),
          Amounts.format(l.amount(), locale), figure(l.figureStatus(), l.referenceDate()));
    }
    line("  %-12s %6s %9s %8s   %14s", t("Total", "Totaal"), "",
        count(statement.totalInhabitants()),
        "", Amounts.format(statement.total(), locale));
    for (String source : statement.lines().stream().map(ContributionLine::figureSource)
        .distinct().sorted().collect(Collectors.toList())) {
      line("  %s: %s", t("Source", "Bron"), source);
    }
  }

  /**
   * Settles the estimate against the final figures of the same year. Where the data hold both
   * provisional and final figures, that is a real settlement. The embedded reference data hold
   * provisional figures only (nobody published final ones in the library's sources), so there the
   * walk-through makes up illustrative final figures to show how a settlement works, and says so.
   */
  private void printSettlement(Programme programme, InhabitantRegister register,
      ContributionStatement statement) {
    int year = statement.year();
    List<Partner> payers = programme.partners().stream()
        .filter(p -> statement.line(p.id()).isPresent()).collect(Collectors.toList());
    InhabitantRegister provisional = register.asKnownAt(FigureStatus.PROVISIONAL);
    ContributionScheme scheme = ContributionScheme.of(programme, RoundingMode.HALF_UP);
    ContributionStatement estimate;
    ContributionStatement finalStatement;
    boolean illustrative = false;
    try {
      if (!statement.isEstimate()) {
        estimate = ContributionCalculator.of(scheme, provisional)
            .calculate(programme.id(), year, payers);
        finalStatement = statement;
      } else if (dataset == null) {
        illustrative = true;
        estimate = statement;
        finalStatement = ContributionCalculator.of(scheme, illustrativeFinal(register, statement))
            .calculate(programme.id(), year, payers);
      } else {
        note(t("No final inhabitant figures for " + year + " yet: nothing to settle.",
            "Nog geen definitieve inwonertallen voor " + year + ": niets te verrekenen."));
        return;
      }
    } catch (MissingInhabitantFigureException e) {
      note(t("No provisional figures to settle against: ", "Geen voorlopige cijfers om mee te "
          + "verrekenen: ") + e.getMessage());
      return;
    }
    Settlement settlement = Settlement.between(estimate, finalStatement);
    heading(t("Settlement ", "Verrekening ") + year + ": "
        + t("estimate to final", "schatting naar definitief"));
    if (illustrative) {
      line("%s", t("Illustrative: the final figures are made up for this walk-through; "
              + "they are not CBS figures.",
          "Ter illustratie: de definitieve cijfers zijn voor deze rondleiding verzonnen; het "
              + "zijn geen CBS-cijfers."));
    }
    line("  %-12s %14s %14s %14s", "", t("estimate", "schatting"), t("final", "definitief"),
        t("to settle", "te verrekenen"));
    for (SettlementLine l : settlement.lines()) {
      line("  %-12s %14s %14s %14s", l.name(), Amounts.format(l.estimated(), locale),
          Amounts.format(l.settled(), locale), Amounts.format(l.difference(), locale));
    }
    line("  %-12s %14s %14s %14s", t("Total", "Totaal"),
        Amounts.format(settlement.estimateTotal(), locale),
        Amounts.format(settlement.finalTotal(), locale),
        Amounts.format(settlement.total(), locale));
    line("  %s", t("(to settle: positive means the municipality pays more, negative that it "
        + "gets money back)",
        "(te verrekenen: positief betekent bijbetalen, negatief terugkrijgen)"));
  }

  /** The register with a made-up final figure next to each provisional one of the statement. */
  private static InhabitantRegister illustrativeFinal(InhabitantRegister register,
      ContributionStatement estimate) {
    InhabitantRegister withFinal = register;
    long[] illustrativeChange = {12, -85, 40, 103};
    int i = 0;
    for (ContributionLine l : estimate.lines()) {
      withFinal = withFinal.with(InhabitantFigure.of(l.cbsCode(), l.name(), l.referenceDate(),
          l.inhabitants() + illustrativeChange[i++ % illustrativeChange.length],
          FigureStatus.FINAL, ILLUSTRATIVE_SOURCE));
    }
    return withFinal;
  }

  private String count(long n) {
    String plain = Long.toString(n);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < plain.length(); i++) {
      if (i > 0 && (plain.length() - i) % 3 == 0) {
        grouped.append(locale.getLanguage().equals("en") ? ',' : '.');
      }
      grouped.append(plain.charAt(i));
    }
    return grouped.toString();
  }

  private String figure(FigureStatus status, LocalDate date) {
    return InhabitantFiles.status(status, locale) + " " + t("figure of ", "cijfer van ") + date;
  }

  private String status(BudgetStatus status) {
    return status == BudgetStatus.FINAL ? t("final", "definitief") : t("estimate", "schatting");
  }

  private void printPlan(AnnualPlan plan) {
    heading(t("Annual plan ", "Jaarplan ") + plan.year());
    for (InvestmentTheme theme : plan.themes()) {
      line("%s", theme.title().in(locale));
      for (ActionPoint a : theme.actions()) {
        line("  [%s] %s", a.id(), a.text().in(locale));
      }
    }
  }

  private void printTracking(TrackingReport tracking) {
    heading(t("Tracking: plan against report", "Voortgang: plan tegen verslag"));
    for (PlanTracking plan : tracking.plans()) {
      line("%s %d: %d %s%s", t("Plan", "Plan"), plan.year(), plan.counts().total(),
          t("actions", "acties"), plan.reported() ? ""
              : t(" (the dataset has no report for that year yet)",
                  " (de dataset heeft nog geen verslag over dat jaar)"));
      line("  %s", counts(plan.counts()));
      for (ThemeSummary theme : plan.themes()) {
        line("  %-70s %s", shorten(theme.title().in(locale), 70), counts(theme.counts()));
      }
      if (!plan.headings().isEmpty()) {
        line("  %s:", t("Per heading of the plan's infographic",
            "Per kop van de infographic van het plan"));
        for (HeadingSummary heading : plan.headings()) {
          line("    %-68s %s", shorten(heading.text().in(locale), 68),
              counts(heading.counts()));
        }
      }
    }
    for (ReportTracking report : tracking.reports()) {
      line("%s %d: %d %s, %d %s%s", t("Report", "Verslag"), report.year(), report.itemCount(),
          t("items", "onderdelen"), report.linkedItemCount(),
          t("linked to a planned action", "gekoppeld aan een geplande actie"),
          report.planned() ? "" : t(" (the dataset has no plan for that year)",
              " (de dataset heeft geen plan voor dat jaar)"));
      for (AimCoverage aim : report.aims()) {
        line("  %-70s %d %s", shorten(aim.text().in(locale), 70), aim.activityIds().size(),
            t("activities", "activiteiten"));
      }
    }
    for (LineOfWork work : tracking.linesOfWork()) {
      line("%s '%s':", t("Line of work", "Werklijn"), work.key());
      for (LineOfWorkEntry entry : work.entries()) {
        line("  %d %-10s %-10s %s%s", entry.year(),
            entry.source() == LineOfWorkEntry.Source.PLANNED_ACTION ? t("action", "actie")
                : t("activity", "activiteit"),
            entry.id(), shorten(entry.text().in(locale), 60),
            entry.status().map(s -> " [" + status(s) + "]").orElse(""));
      }
    }
    Map<GapKind, Integer> gaps = new EnumMap<>(GapKind.class);
    for (Gap gap : tracking.gaps()) {
      gaps.merge(gap.kind(), 1, Integer::sum);
    }
    line("%s: %s", t("Gaps", "Hiaten"), gaps.isEmpty() ? t("none", "geen")
        : gaps.entrySet().stream().map(e -> e.getValue() + " " + gapLabel(e.getKey()))
            .collect(Collectors.joining(", ")));
  }

  private String counts(StatusCounts counts) {
    StringBuilder text = new StringBuilder();
    for (ActionStatus s : ActionStatus.values()) {
      int n = counts.count(s);
      if (n > 0) {
        text.append(text.length() == 0 ? "" : ", ").append(status(s)).append(' ').append(n);
      }
    }
    return text.toString();
  }

  private String status(ActionStatus status) {
    switch (status) {
      case DONE:
        return t("done", "gereed");
      case IN_PROGRESS:
        return t("in progress", "loopt");
      case NOT_STARTED:
        return t("not started", "niet gestart");
      case DROPPED:
        return t("dropped", "vervallen");
      case CARRIED_OVER:
        return t("carried over", "doorgeschoven");
      case NO_EVIDENCE:
        return t("no evidence", "geen onderbouwing");
      default:
        throw new IllegalStateException("unknown status " + status);
    }
  }

  private String gapLabel(GapKind kind) {
    switch (kind) {
      case ACTION_WITHOUT_EVIDENCE:
        return t("actions without evidence", "acties zonder onderbouwing");
      case UNLINKED_REPORT_ITEM:
        return t("report items linked to no action", "verslagonderdelen zonder actie");
      case TARGET_WITHOUT_ACTUAL:
        return t("targets without actual", "doelen zonder realisatie");
      case ACTUAL_NOT_TARGETED:
        return t("actuals no plan targeted", "realisaties zonder doel");
      default:
        throw new IllegalStateException("unknown gap kind " + kind);
    }
  }

  private int writeReports(Exporters exporters, PluginJars plugins, List<String> chosen,
      ExportContext context) throws IOException {
    heading(t("Reports", "Rapporten"));
    for (var problem : exporters.problems()) {
      line("  %s: %s", t("exporter problem", "probleem met exporter"), problem.message());
    }
    if (chosen.isEmpty()) {
      note(t("No exporters found: nothing written.", "Geen exporters gevonden: niets geschreven."));
      return EXIT_OK;
    }
    Files.createDirectories(outFolder);
    int failures = 0;
    for (String format : chosen) {
      ReportExporter exporter = exporters.get(format);
      String origin = plugins.jarOf(exporter.getClass())
          .map(jar -> t("plugin ", "plugin ") + jar.getFileName())
          .orElse(t("class path", "class path"));
      try {
        Path file = exporters.exportTo(format, context, outFolder);
        line("  %-14s %-40s %s", format, outFolder.resolve(file.getFileName()), origin);
      } catch (IOException | RuntimeException e) {
        failures++;
        line("  %-14s %s: %s (%s)", format, t("FAILED", "MISLUKT"), e.getMessage(), origin);
      }
    }
    return failures == 0 ? EXIT_OK : EXIT_WRITE_FAILED;
  }

  private void note(String text) {
    line("");
    line("%s", text);
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 3) + "...";
  }

  private void heading(String title) {
    line("");
    line("== %s", title);
  }

  private void money(String label, Money amount) {
    line("  %-52s %16s", label, Amounts.format(amount, locale));
  }

  private void line(String format, Object... args) {
    out.print(String.format(Locale.ROOT, format, args));
    out.print('\n');
  }

  private String t(String english, String dutch) {
    return LocalizedText.of(dutch, english).in(locale);
  }

  /** Reads {@code --locale}: {@code nl} or {@code en}. */
  static final class LocaleConverter implements CommandLine.ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
      switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "nl":
          return Locale.forLanguageTag("nl");
        case "en":
          return Locale.ENGLISH;
        default:
          throw new CommandLine.TypeConversionException(
              "must be nl or en, got '" + value + "'");
      }
    }
  }

  /** The version for {@code --version}, from the build. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = Walkthrough.class.getResourceAsStream("version.properties")) {
        if (in == null) {
          throw new IOException("version.properties is missing from the build");
        }
        properties.load(in);
      }
      return new String[] {NAME + " " + properties.getProperty("version")};
    }
  }
}
