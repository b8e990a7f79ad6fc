package nl.dutchtechzone.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.Duration;
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
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.dutchtechzone.core.Membership;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.RelatedProgramme;
import nl.dutchtechzone.core.VisibleText;
import nl.dutchtechzone.core.Years;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.money.OverflowException;
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
import nl.dutchtechzone.finance.contribution.RegisterConflictException;
import nl.dutchtechzone.finance.contribution.Settlement;
import nl.dutchtechzone.finance.contribution.SettlementLine;
import nl.dutchtechzone.finance.ledger.YearBalance;
import nl.dutchtechzone.finance.validation.ProgrammeYear;
import nl.dutchtechzone.finance.validation.ValidationResult;
import nl.dutchtechzone.finance.validation.Validators;
import nl.dutchtechzone.finance.validation.Violation;
import nl.dutchtechzone.reporting.ExportTimeoutException;
import nl.dutchtechzone.reporting.ExporterError;
import nl.dutchtechzone.reporting.Exporters;
import nl.dutchtechzone.reporting.document.Notation;
import nl.dutchtechzone.reporting.ProviderProblem;
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
import nl.dutchtechzone.reporting.tracking.TrackingException;
import nl.dutchtechzone.reporting.tracking.TrackingInput;
import nl.dutchtechzone.reporting.tracking.TrackingReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The walk-through of dtz, and its command-line tool.
 *
 * <p>Without arguments it runs the whole library over the embedded Dutch TechZone reference data
 * and prints what it finds. With options it works on real data; see {@code --help}. It only
 * parses options, calls the dtz API and prints: who pays, what is valid and what a report holds
 * come from the API. Its texts are in the resource bundles {@code Walkthrough*.properties}.
 *
 * <p>Exit codes: {@value #EXIT_OK} success; {@value #EXIT_VALIDATION_ERRORS} validation found
 * errors and {@code --strict} was given; {@value #EXIT_BAD_INPUT} bad usage or bad input (a short
 * message, no stack trace); {@value #EXIT_WRITE_FAILED} a report could not be written; {@value
 * #EXIT_INTERNAL_ERROR} an unexpected error (a bug: the stack trace is printed); {@value
 * #EXIT_TIMED_OUT} an export did not finish within {@code --time-limit}; {@value
 * #EXIT_PROVIDER_PROBLEMS} an exporter provider or plugin jar could not be used and {@code
 * --strict} was given.
 */
@Command(
    name = "dtz-walkthrough",
    mixinStandardHelpOptions = true,
    versionProvider = Walkthrough.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = false,
    // The description, the exit codes and every option's description are in the resource
    // bundles (Walkthrough.properties, Walkthrough_nl.properties), chosen by --locale.
    resourceBundle = Messages.BUNDLE)
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

  /** Exit code: an export did not finish within the time limit and was abandoned. */
  public static final int EXIT_TIMED_OUT = 5;

  /**
   * Exit code: an exporter provider or a plugin jar could not be used and {@code --strict} was
   * given.
   */
  public static final int EXIT_PROVIDER_PROBLEMS = 6;

  /** The default of {@code --time-limit}, in seconds. */
  static final String DEFAULT_TIME_LIMIT = "60";

  private static final String NAME = "dtz-walkthrough";

  /** A number as {@code --year} and {@code --time-limit} take it: ASCII digits, a sign, a point. */
  private static final Pattern ASCII_NUMBER =
      Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");

  @Option(names = "--dataset", paramLabel = "${bundle:label.file}",
      converter = PathConverter.class,
      descriptionKey = "help.dataset")
  private Path dataset;

  @Option(names = "--year", paramLabel = "${bundle:label.year}",
      converter = YearConverter.class,
      descriptionKey = "help.year")
  private Integer year;

  @Option(names = "--contribution-year", paramLabel = "${bundle:label.year}",
      converter = YearConverter.class,
      descriptionKey = "help.contribution-year")
  private Integer contributionYear;

  @Option(names = "--format", paramLabel = "${bundle:label.format}",
      descriptionKey = "help.format")
  private List<String> formats = new ArrayList<>();

  @Option(names = "--out", paramLabel = "${bundle:label.folder}", defaultValue = "dtz-reports",
      converter = PathConverter.class,
      descriptionKey = "help.out")
  private Path outFolder;

  @Option(names = "--locale", paramLabel = "${bundle:label.language}", defaultValue = "en",
      converter = LocaleConverter.class,
      descriptionKey = "help.locale")
  private Locale locale = Locale.ENGLISH;

  @Option(names = "--strict",
      descriptionKey = "help.strict")
  private boolean strict;

  @Option(names = "--plugins", paramLabel = "${bundle:label.folder}",
      converter = PathConverter.class,
      descriptionKey = "help.plugins")
  private Path pluginFolder;

  @Option(names = "--time-limit", paramLabel = "${bundle:label.seconds}",
      defaultValue = DEFAULT_TIME_LIMIT, converter = TimeLimitConverter.class,
      descriptionKey = "help.time-limit")
  private Duration timeLimit;

  @Option(names = "--inhabitants", paramLabel = "${bundle:label.path}",
      converter = PathConverter.class,
      descriptionKey = "help.inhabitants")
  private List<Path> inhabitantFiles = new ArrayList<>();

  @Option(names = "--inhabitants-status", paramLabel = "provisional|revised|final",
      converter = InhabitantFiles.StatusConverter.class,
      descriptionKey = "help.inhabitants-status")
  private FigureStatus inhabitantsStatus;

  private List<String> inhabitantNotes = List.of();

  private final PrintStream out;
  private Messages messages = Messages.of(Locale.ENGLISH);
  private Notation notation = Notation.of(Locale.ENGLISH);

  private Walkthrough(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the command line and ends the JVM with its exit code, also when it is 0: a plugin that
   * leaves a thread running does not keep the tool from ending.
   *
   * <p>A shutdown hook removes the temporary files of exports that did not finish. A plugin can
   * still end the JVM with {@link System#exit} (nothing can prevent that on Java 17); if it does
   * so before the run has finished, the hook removes the unfinished files, says so on the
   * error stream and ends the JVM with {@value #EXIT_WRITE_FAILED} instead of the plugin's code.
   *
   * @param args the command-line arguments; none for the walk-through over the reference data
   */
  public static void main(String[] args) {
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    Messages m = Messages.of(Messages.languageOf(args));
    AtomicBoolean finished = new AtomicBoolean();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      List<Path> removed = Exporters.removeUnfinishedFiles();
      if (!finished.get()) {
        err.println(VisibleText.of(NAME + ": " + m.get("error.jvmEnding", removed.size())));
        err.flush();
        Runtime.getRuntime().halt(EXIT_WRITE_FAILED);
      }
    }, NAME + "-cleanup"));
    int code;
    try {
      code = execute(new PrintStream(System.out, true, StandardCharsets.UTF_8), err, args);
    } catch (VirtualMachineError e) {
      err.println(VisibleText.of(NAME + ": " + m.get("error.jvmFailed", e)));
      code = EXIT_INTERNAL_ERROR;
    } finally {
      finished.set(true);
    }
    System.exit(code);
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
    Walkthrough walkthrough = new Walkthrough(out);
    CommandLine cmd = new CommandLine(walkthrough);
    cmd.setResourceBundle(Messages.of(Messages.languageOf(args)).bundle());
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(errWriter);
    cmd.setParameterExceptionHandler(new ParseErrors(NAME, errWriter));
    cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      Messages m = walkthrough.messages;
      if (e instanceof UsageException) {
        errWriter.println(VisibleText.of(NAME + ": " + e.getMessage()));
        for (String detail : ((UsageException) e).details()) {
          errWriter.println(VisibleText.of("  " + detail));
        }
        return EXIT_BAD_INPUT;
      }
      if (e instanceof OverflowException) {
        // Every value was within the dataset's ranges, but a sum of them is not: bad input.
        // The quantity and the range in the language of --locale, as every message it prints.
        errWriter.println(VisibleText.of(NAME + ": " + m.get("error.outOfRange",
            ((OverflowException) e).message(walkthrough.locale))));
        return EXIT_BAD_INPUT;
      }
      if (e instanceof UncheckedIOException || e instanceof IOException) {
        IOException io = e instanceof IOException ? (IOException) e
            : ((UncheckedIOException) e).getCause();
        errWriter.println(VisibleText.of(NAME + ": " + m.get("error.write",
            fileProblem(io, m))));
        return EXIT_WRITE_FAILED;
      }
      errWriter.println(VisibleText.of(NAME + ": " + m.get("error.unexpected")));
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      // The trace's own indentation (a tab before "at") stays; the rest is made visible.
      trace.toString().lines().forEach(l -> errWriter.println(l.startsWith("\t")
          ? "\t" + VisibleText.of(l.substring(1)) : VisibleText.of(l)));
      return EXIT_INTERNAL_ERROR;
    });
    return cmd.execute(args);
  }

  @Override
  public Integer call() throws IOException {
    messages = Messages.of(locale);
    notation = Notation.of(locale);
    checkOutFolder();
    try (PluginJars plugins = pluginFolder == null
        ? PluginJars.none()
        : PluginJars.open(pluginFolder, Walkthrough.class.getClassLoader(), messages)) {
      Exporters exporters = registry(plugins);
      List<String> chosen = chosenFormats(exporters);
      Dataset data = loadDataset();

      Programme programme = data.programme();
      InhabitantRegister register = inhabitants(data);
      int documentYear = documentYear(data);
      Optional<AnnualPlan> plan = data.plan(documentYear);
      Optional<AnnualReport> report = data.reports().stream()
          .filter(r -> r.year() <= documentYear).max(Comparator.comparingInt(AnnualReport::year));
      Optional<ContributionStatement> contributions =
          contributionYear(programme, register, documentYear)
              .map(y -> contributions(programme, register, y));
      TrackingReport tracking = track(data, documentYear);

      printProgramme(programme);
      ValidationResult validation = ValidationResult.clean();
      if (report.isPresent()) {
        validation = validation.and(printStatement(programme, data, report.get(), contributions,
            register));
      } else {
        note(msg("note.noReport", documentYear));
      }
      if (plan.isPresent()) {
        printPlan(plan.get());
        validation = validation.and(printValidation(Validators.programmeYear()
            .validate(planYear(programme, data, plan.get(), contributions, register))));
      } else {
        note(msg("note.noPlan", documentYear));
      }
      Optional<Settlement> settlement = Optional.empty();
      if (contributions.isEmpty()) {
        if (programme.contributionPerInhabitant().isEmpty()) {
          note(msg("note.noRate", programme.id()));
        } else if (register.figures().isEmpty()) {
          note(msg("note.noFigures"));
        } else {
          note(msg("note.noFiguresUpTo", documentYear));
        }
      } else {
        inhabitantNotes.forEach(this::note);
        printContributions(contributions.get());
        validation = validation.and(printValidation(
            Validators.contributions(register).validate(contributions.get())));
        if (!printChain(programme, register, contributions.get())) {
          settlement = printSettlement(programme, register, contributions.get());
        }
      }
      printTracking(tracking);

      ExportContext.Builder context = ExportContext.builder()
          .programme(programme)
          .year(documentYear)
          .tracking(tracking)
          .locale(locale)
          .validation(validation);
      plan.ifPresent(context::plan);
      report.ifPresent(context::report);
      contributions.ifPresent(context::contributions);
      settlement.ifPresent(context::settlement);
      data.coverLetters().stream().findFirst().ifPresent(context::coverLetter);
      line("");
      line("%s", msg("reports.years", documentYear,
          plan.map(p -> (Object) p.year()).orElse(msg("reports.noPart")),
          report.map(r -> (Object) r.year()).orElse(msg("reports.noPart")),
          contributions.map(c -> (Object) c.year()).orElse(msg("reports.noPart"))));
      int written = writeReports(exporters, plugins, chosen, context.build());
      if (written != EXIT_OK) {
        return written;
      }
      if (strict && !exporters.problems().isEmpty()) {
        return EXIT_PROVIDER_PROBLEMS;
      }
      return strict && !validation.isValid() ? EXIT_VALIDATION_ERRORS : EXIT_OK;
    }
  }

  /**
   * Refuses an {@code --out} that can never be a folder before anything is printed: a file, a
   * link to nothing, or a path below a file.
   */
  private void checkOutFolder() {
    if (Files.exists(outFolder) && !Files.isDirectory(outFolder)) {
      throw new UsageException(msg("error.outNotAFolder", outFolder));
    }
    if (!Files.exists(outFolder) && Files.isSymbolicLink(outFolder)) {
      throw new UsageException(msg("error.outDanglingLink", outFolder));
    }
    for (Path above = outFolder.toAbsolutePath().getParent(); above != null;
        above = above.getParent()) {
      if (Files.exists(above)) {
        if (!Files.isDirectory(above)) {
          throw new UsageException(msg("error.outBelowAFile", outFolder, above));
        }
        return;
      }
    }
  }

  /**
   * What went wrong with a file, with the reason: a file system error names its file (and the
   * other file of a move) and why, in the language of {@code --locale} where it is a known
   * reason; the JDK's message alone names the file only.
   */
  static String fileProblem(IOException e, Messages messages) {
    if (e instanceof FileSystemException) {
      FileSystemException f = (FileSystemException) e;
      String reason = f.getReason() != null || e instanceof NoSuchFileException
          || e instanceof AccessDeniedException ? messages.ioReason(e)
          : e instanceof FileAlreadyExistsException ? messages.get("io.exists")
          : messages.get("io.failed", e.getClass().getSimpleName());
      if (f.getFile() != null) {
        return f.getFile() + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile()) + ": "
            + reason;
      }
      return reason;
    }
    return messages.ioReason(e);
  }

  /** The dataset's figures and those of the {@code --inhabitants} files, in one register. */
  private InhabitantRegister inhabitants(Dataset data) {
    if (inhabitantFiles.isEmpty()) {
      if (inhabitantsStatus != null) {
        throw new UsageException(msg("error.statusWithoutFile"));
      }
      return data.inhabitantRegister();
    }
    InhabitantFiles.Read read = InhabitantFiles.read(inhabitantFiles,
        Optional.ofNullable(inhabitantsStatus), data.programme(), messages);
    inhabitantNotes = read.notes();
    try {
      return data.inhabitantRegister().withAll(read.figures());
    } catch (RegisterConflictException e) {
      throw new UsageException("--inhabitants: " + e.message(locale), List.of(), e);
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
    } catch (MissingInhabitantFigureException e) {
      note(msg("chain.none", e.message(locale)));
      return true;
    } catch (IllegalArgumentException e) {
      note(msg("chain.none", e.getMessage()));
      return true;
    }
    int vintages = history.vintages().size();
    if (vintages < 2 || (vintages == 2 && inhabitantFiles.isEmpty())) {
      return false;
    }
    heading(msg("chain.heading", statement.year(), vintages));
    InhabitantFiles.chain(history, messages, notation).forEach(l -> line("%s", l));
    return true;
  }

  /** The document's year: {@code --year}, else the latest plan's, else the latest report's. */
  private int documentYear(Dataset data) {
    if (year != null) {
      boolean hasPart = data.plan(year).isPresent()
          || data.reports().stream().anyMatch(r -> r.year() <= year);
      if (!hasPart) {
        throw new UsageException(msg("error.noDocument", year,
            years(data.plans().stream().map(AnnualPlan::year)),
            years(data.reports().stream().map(AnnualReport::year))));
      }
      return year;
    }
    return latest(data.plans(), AnnualPlan::year).map(AnnualPlan::year)
        .orElseGet(() -> latest(data.reports(), AnnualReport::year).map(AnnualReport::year)
            .orElse(data.programme().strategicPeriod().firstYear()));
  }

  private String years(Stream<Integer> years) {
    String list = years.sorted().map(String::valueOf).collect(Collectors.joining(", "));
    return list.isEmpty() ? msg("reports.noPart") : list;
  }

  /**
   * The year of a plan for validation: its budget, the previous year's statement it carries
   * forward from, and the contributions if they are of the same year.
   */
  private static ProgrammeYear planYear(Programme programme, Dataset data, AnnualPlan plan,
      Optional<ContributionStatement> contributions, InhabitantRegister register) {
    ProgrammeYear.Builder planYear = ProgrammeYear.builder()
        .programme(programme)
        .year(plan.year())
        .budget(plan.budget());
    data.report(plan.year() - 1).flatMap(AnnualReport::statement)
        .ifPresent(planYear::previousStatement);
    contributions.filter(c -> c.year() == plan.year()).ifPresent(c -> planYear
        .contributions(c).register(register));
    return planYear.build();
  }

  /**
   * The contribution year: {@code --contribution-year}, else the latest year in which every
   * member municipality has a figure on the reference date, else (figures but no such year) the
   * latest year with a figure, for the API to refuse with its reason.
   */
  private Optional<Integer> contributionYear(Programme programme, InhabitantRegister register,
      int documentYear) {
    if (programme.contributionPerInhabitant().isEmpty()) {
      // The rate is optional in a dataset: without one nobody is charged, and asking for a
      // contribution year is bad input rather than an unexpected error.
      if (contributionYear != null) {
        throw new UsageException(msg("error.noRate", contributionYear, programme.id()));
      }
      return Optional.empty();
    }
    if (contributionYear != null) {
      return Optional.of(contributionYear);
    }
    ContributionScheme scheme = ContributionScheme.of(programme, RoundingMode.HALF_UP);
    // Only years up to the document's: a document of a year never carries later contributions.
    List<Integer> figureYears = register.figures().stream()
        .map(InhabitantFigure::referenceDate)
        .filter(d -> d.equals(scheme.referenceDate(d.getYear())))
        .map(LocalDate::getYear)
        .filter(y -> y <= documentYear)
        .distinct()
        .sorted(Comparator.reverseOrder())
        .collect(Collectors.toList());
    for (int y : figureYears) {
      List<Partner> payers = programme.municipalitiesIn(y);
      if (!payers.isEmpty() && payers.stream().allMatch(m -> register.figuresOf(
          m.cbsCode().orElseThrow()).stream()
          .anyMatch(f -> f.referenceDate().equals(scheme.referenceDate(y))))) {
        return Optional.of(y);
      }
    }
    return figureYears.stream().findFirst();
  }

  private Exporters registry(PluginJars plugins) {
    Exporters.Builder builder = Exporters.builder();
    plugins.problems().forEach(builder::problem);
    builder.discover(Walkthrough.class.getClassLoader());
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
        // A format id is at most 64 characters: a longer value is shown cut, not in full.
        throw new UsageException(msg("error.unknownFormat", shorten(format, 70),
            String.join(", ", exporters.formats())));
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
      throw new UsageException(msg(Files.exists(dataset) ? "error.datasetNotAFile"
          : "error.datasetMissing", dataset));
    }
    try (InputStream in = Files.newInputStream(dataset)) {
      return JsonDatasets.read(in);
    } catch (DatasetException e) {
      List<String> problems = new ArrayList<>();
      for (DatasetProblem problem : e.problems()) {
        problems.add(problem.describe(locale));
      }
      throw new UsageException(msg(problems.size() == 1 ? "error.datasetInvalid.one"
          : "error.datasetInvalid.many", dataset, problems.size()), problems, e);
    } catch (IOException e) {
      throw new UsageException(msg("error.datasetUnreadable", dataset, messages.ioReason(e)),
          List.of(), e);
    }
  }

  private static <T> Optional<T> latest(List<T> items, ToIntFunction<T> year) {
    return items.stream().max(Comparator.comparingInt(year));
  }

  /**
   * Tracks the plans and reports up to the document's year: a document of a year shows no later
   * plan, report or budget variance.
   */
  private TrackingReport track(Dataset data, int documentYear) {
    try {
      return Tracker.track(TrackingInput.builder()
          .programme(data.programme())
          .addAllPlans(data.plans().stream().filter(p -> p.year() <= documentYear)
              .collect(Collectors.toList()))
          .addAllReports(data.reports().stream().filter(r -> r.year() <= documentYear)
              .collect(Collectors.toList()))
          .build());
    } catch (TrackingException e) {
      throw new UsageException(msg("error.tracking", e.message(locale)), List.of(), e);
    }
  }

  private void printProgramme(Programme programme) {
    heading(programme.name() + " (" + programme.shortName() + ")");
    line("%s", programme.purpose().in(locale));
    line("%s", msg("programme.period", programme.strategicPeriod().firstYear(),
        programme.strategicPeriod().lastYear()));
    programme.contributionPerInhabitant().ifPresent(rate -> line("%s",
        msg("programme.rate", notation.rate(rate))));
    line("");
    line("%s", msg("programme.partners"));
    for (Partner p : programme.partners()) {
      line("  %-58s %-22s %s", p.name(), p.kind().label().in(locale),
          p.cbsCode().map(Object::toString).orElse(""));
    }
    line("%s", msg("programme.related"));
    for (RelatedProgramme r : programme.relatedProgrammes()) {
      line("  %s: %s", r.name(), r.role().map(text -> text.in(locale)).orElse(""));
    }
  }

  /**
   * Prints the report's statement and validates the report's year: the statement, the previous
   * year's, the budget of the plan of that year, and the contributions if they are of that year.
   */
  private ValidationResult printStatement(Programme programme, Dataset data,
      AnnualReport report, Optional<ContributionStatement> contributions,
      InhabitantRegister register) {
    ProgrammeYear.Builder programmeYear = ProgrammeYear.builder()
        .programme(programme)
        .year(report.year())
        .statement(report.statement());
    data.report(report.year() - 1).flatMap(AnnualReport::statement)
        .ifPresent(programmeYear::previousStatement);
    data.plan(report.year()).flatMap(AnnualPlan::budget).ifPresent(programmeYear::budget);
    contributions.filter(c -> c.year() == report.year()).ifPresent(c -> programmeYear
        .contributions(c).register(register));
    ValidationResult validation = Validators.programmeYear().validate(programmeYear.build());
    if (report.statement().isEmpty()) {
      note(msg("note.noStatement", report.year()));
    } else {
      FinancialStatement s = report.statement().get();
      heading(msg("statement.heading", s.year()));
      money(msg("statement.carriedForward"), s.carriedForward());
      for (StatementLine l : s.income()) {
        money("+ " + l.label().in(locale), l.amount());
      }
      for (StatementLine l : s.spending()) {
        money("- " + l.label().in(locale), l.amount());
      }
      YearBalance balance = YearBalance.of(s);
      money(msg("statement.closing"), balance.closing());
      line("  %s", msg("statement.rolledInto", s.year() + 1));
    }
    return printValidation(validation);
  }

  /** Prints a validation result under the part it belongs to, and returns it. */
  private ValidationResult printValidation(ValidationResult validation) {
    if (validation.hasNoViolations()) {
      line("%s", msg("validation.clean"));
    } else {
      line("%s", msg("validation.counts", validation.errors().size(),
          validation.warnings().size()));
      for (Violation v : validation.violations()) {
        line("  %s %s %s: %s", v.code(), msg("severity." + v.severity().name()), v.path(),
            v.message(locale));
      }
    }
    return validation;
  }

  /**
   * The contributions of a year, by the API's one rule: the municipalities that are members on
   * the reference date pay. A year without paying members, or a payer without a figure, is bad
   * input.
   */
  private ContributionStatement contributions(Programme programme, InhabitantRegister register,
      int year) {
    ContributionScheme scheme = ContributionScheme.of(programme, RoundingMode.HALF_UP);
    if (programme.municipalitiesIn(year).isEmpty()) {
      throw new UsageException(msg("error.noMembers", year, membershipYears(programme)));
    }
    try {
      return ContributionCalculator.of(scheme, register).calculate(programme, year);
    } catch (MissingInhabitantFigureException e) {
      throw new UsageException(msg("error.noContributions", year, e.message(locale)),
          List.of(), e);
    } catch (IllegalArgumentException e) {
      throw new UsageException(msg("error.noContributions", year, e.getMessage()), List.of(),
          e);
    }
  }

  /** The years the programme's municipal membership covers, such as {@code 2022-2025, 2027-}. */
  private String membershipYears(Programme programme) {
    Set<String> municipalities = programme.partners().stream().filter(Partner::isMunicipality)
        .map(Partner::id).collect(Collectors.toSet());
    String ranges = programme.memberships().stream()
        .filter(m -> municipalities.contains(m.partnerId()))
        .sorted(Comparator.comparingInt(Membership::fromYear))
        .map(m -> m.lastYear().map(last -> msg("membership.between", m.fromYear(), last))
            .orElseGet(() -> msg("membership.since", m.fromYear())))
        .distinct()
        .collect(Collectors.joining(", "));
    return ranges.isEmpty() ? msg("reports.noPart") : ranges;
  }

  private void printContributions(ContributionStatement statement) {
    int year = statement.year();
    heading(msg("contributions.heading", year, status(statement.status())));
    for (ContributionLine l : statement.lines()) {
      line("  %-12s %s %9s x %s = %14s  %s",
          l.name(), l.cbsCode(), notation.count(l.inhabitants()),
          notation.rate(l.rate()),
          notation.money(l.amount()), figure(l.figureStatus(), l.referenceDate()));
    }
    line("  %-12s %6s %9s %8s   %14s", msg("total"), "",
        notation.count(statement.totalInhabitants()),
        "", notation.money(statement.total()));
    for (String source : statement.lines().stream().map(l -> l.figureSource(locale))
        .distinct().sorted().collect(Collectors.toList())) {
      line("  %s", msg("contributions.source", source));
    }
  }

  /**
   * Settles the estimate against the final figures of the same year. Where the data hold both
   * provisional and final figures, that is a real settlement. The embedded reference data hold
   * provisional figures only (nobody published final ones in the library's sources), so there the
   * walk-through makes up illustrative final figures to show how a settlement works, and says so.
   *
   * @return the settlement for the exports: a real one only, never one on made-up figures
   */
  private Optional<Settlement> printSettlement(Programme programme, InhabitantRegister register,
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
        note(msg("settlement.noFinal", year));
        return Optional.empty();
      }
    } catch (MissingInhabitantFigureException e) {
      note(msg("settlement.noProvisional", e.message(locale)));
      return Optional.empty();
    }
    Settlement settlement = Settlement.between(estimate, finalStatement);
    heading(msg("settlement.heading", year));
    if (illustrative) {
      line("%s", msg("settlement.illustrative"));
    }
    line("  %-12s %14s %14s %14s", "", msg("settlement.estimate"), msg("settlement.final"),
        msg("settlement.toSettle"));
    for (SettlementLine l : settlement.lines()) {
      line("  %-12s %14s %14s %14s", l.name(), notation.money(l.estimated()),
          notation.money(l.settled()), notation.money(l.difference()));
    }
    line("  %-12s %14s %14s %14s", msg("total"),
        notation.money(settlement.estimateTotal()),
        notation.money(settlement.finalTotal()),
        notation.money(settlement.total()));
    line("  %s", msg("settlement.sign"));
    return illustrative ? Optional.empty() : Optional.of(settlement);
  }

  /** The register with a made-up final figure next to each provisional one of the statement. */
  private InhabitantRegister illustrativeFinal(InhabitantRegister register,
      ContributionStatement estimate) {
    InhabitantRegister withFinal = register;
    long[] illustrativeChange = {12, -85, 40, 103};
    int i = 0;
    for (ContributionLine l : estimate.lines()) {
      withFinal = withFinal.with(InhabitantFigure.of(l.cbsCode(), l.name(), l.referenceDate(),
          l.inhabitants() + illustrativeChange[i++ % illustrativeChange.length],
          FigureStatus.FINAL, msg("settlement.illustrativeSource")));
    }
    return withFinal;
  }

  private String figure(FigureStatus status, LocalDate date) {
    return msg(status == FigureStatus.FINAL ? "figure.final"
        : status == FigureStatus.REVISED_PROVISIONAL ? "figure.revised" : "figure.provisional",
        date);
  }

  private String status(BudgetStatus status) {
    return msg("budgetStatus." + status.name());
  }

  private void printPlan(AnnualPlan plan) {
    heading(msg("plan.heading", plan.year()));
    for (InvestmentTheme theme : plan.themes()) {
      line("%s", theme.title().in(locale));
      for (ActionPoint a : theme.actions()) {
        line("  [%s] %s", a.id(), a.text().in(locale));
      }
    }
  }

  private void printTracking(TrackingReport tracking) {
    heading(msg("tracking.heading"));
    for (PlanTracking plan : tracking.plans()) {
      line("%s%s", msg("tracking.plan", plan.year(), plan.counts().total()),
          plan.reported() ? "" : msg("tracking.plan.unreported"));
      line("  %s", counts(plan.counts()));
      for (ThemeSummary theme : plan.themes()) {
        line("  %-70s %s", shorten(theme.title().in(locale), 70), counts(theme.counts()));
      }
      if (!plan.headings().isEmpty()) {
        line("  %s", msg("tracking.headings"));
        for (HeadingSummary heading : plan.headings()) {
          line("    %-68s %s", shorten(heading.text().in(locale), 68),
              counts(heading.counts()));
        }
      }
    }
    for (ReportTracking report : tracking.reports()) {
      line("%s%s", msg("tracking.report", report.year(), report.itemCount(),
          report.linkedItemCount()),
          report.planned() ? "" : msg("tracking.report.unplanned"));
      for (AimCoverage aim : report.aims()) {
        line("  %-70s %s", shorten(aim.text().in(locale), 70),
            msg(aim.activityIds().size() == 1 ? "tracking.activities.one"
                : "tracking.activities", aim.activityIds().size()));
      }
    }
    for (LineOfWork work : tracking.linesOfWork()) {
      line("%s", msg("tracking.lineOfWork", work.key()));
      for (LineOfWorkEntry entry : work.entries()) {
        line("  %d %-10s %-10s %s%s", entry.year(),
            msg(entry.source() == LineOfWorkEntry.Source.PLANNED_ACTION ? "tracking.action"
                : "tracking.activity"),
            entry.id(), shorten(entry.text().in(locale), 60),
            entry.status().map(s -> " [" + status(s) + "]").orElse(""));
      }
    }
    Map<GapKind, Integer> gaps = new EnumMap<>(GapKind.class);
    for (Gap gap : tracking.gaps()) {
      gaps.merge(gap.kind(), 1, Integer::sum);
    }
    line("%s", msg("tracking.gaps", gaps.isEmpty() ? msg("tracking.gaps.none")
        : gaps.entrySet().stream().map(e -> e.getValue() + " " + msg("gap." + e.getKey().name()))
            .collect(Collectors.joining(", "))));
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
    return msg("actionStatus." + status.name());
  }

  private int writeReports(Exporters exporters, PluginJars plugins, List<String> chosen,
      ExportContext context) throws IOException {
    heading(msg("reports.heading"));
    for (ProviderProblem problem : exporters.problems()) {
      line("  %s", msg("reports.problem", problem.message(locale)));
    }
    if (chosen.isEmpty()) {
      note(msg("reports.none"));
      return EXIT_OK;
    }
    Files.createDirectories(outFolder);
    int failures = 0;
    int timeOuts = 0;
    for (String format : chosen) {
      ReportExporter exporter = exporters.get(format);
      String origin = plugins.jarOf(exporter.getClass())
          .map(jar -> msg("reports.plugin", jar.getFileName()))
          .orElse(msg("reports.classPath"));
      try {
        Path file = exporters.exportTo(format, context, outFolder, timeLimit);
        line("  %-14s %-40s %s", format, outFolder.resolve(file.getFileName()), origin);
      } catch (ExportTimeoutException e) {
        timeOuts++;
        line("  %-14s %s (%s)", format, msg("reports.timedOut", seconds(timeLimit)), origin);
      } catch (IOException | RuntimeException e) {
        // ExporterError included: an exporter's LinkageError or other non-fatal Error ends its
        // own export only. A VirtualMachineError passes and ends the run.
        failures++;
        String why = e instanceof ExporterError ? ((ExporterError) e).message(locale)
            : e instanceof FileSystemException ? fileProblem((IOException) e, messages)
            : e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        line("  %-14s %s: %s (%s)", format, msg("reports.failed"), why, origin);
      }
    }
    return timeOuts > 0 ? EXIT_TIMED_OUT : failures == 0 ? EXIT_OK : EXIT_WRITE_FAILED;
  }

  private static String seconds(Duration limit) {
    return BigDecimal.valueOf(limit.toMillis(), 3).stripTrailingZeros().toPlainString();
  }

  private void note(String text) {
    line("");
    line("%s", text);
  }

  /**
   * The text cut to at most {@code max} characters with "..." at the end, never inside a
   * character: the cut falls on a grapheme boundary (a character with its combining marks, a
   * surrogate pair), and lengths are counted in code points.
   */
  static String shorten(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
    graphemes.setText(text);
    int cut = 0;
    for (int end = graphemes.next(); end != BreakIterator.DONE; end = graphemes.next()) {
      if (text.codePointCount(0, end) > max - 3) {
        break;
      }
      cut = end;
    }
    return text.substring(0, cut) + "...";
  }

  private void heading(String title) {
    line("");
    line("== %s", title);
  }

  private void money(String label, Money amount) {
    line("  %-52s %16s", label, notation.money(amount));
  }

  /** Prints one line; whatever came from input is made visible and harmless first. */
  private void line(String format, Object... args) {
    out.print(VisibleText.of(String.format(Locale.ROOT, format, args)));
    out.print('\n');
  }

  private String msg(String key, Object... args) {
    return messages.get(key, args);
  }

  /** Reads {@code --locale}: a language tag that names a language ({@link Messages#language}). */
  static final class LocaleConverter implements CommandLine.ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
      return Messages.language(value)
          .orElseThrow(() -> new OptionValueException("expected.locale", value));
    }
  }

  /**
   * Reads a path option ({@code --dataset}, {@code --out}, {@code --plugins}, {@code
   * --inhabitants}): an empty or blank value is refused, not taken as the current folder.
   */
  static final class PathConverter implements CommandLine.ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      if (value.isBlank()) {
        throw new OptionValueException("expected.path", value);
      }
      try {
        return Path.of(value);
      } catch (InvalidPathException e) {
        throw new OptionValueException("expected.path", value);
      }
    }
  }

  /** Reads {@code --year} and {@code --contribution-year}: a whole year in dtz's range. */
  static final class YearConverter implements CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int year;
      try {
        // ASCII digits only: Integer.parseInt also reads other scripts' digits ("٢٠٢٣").
        if (!ASCII_NUMBER.matcher(value.strip()).matches()) {
          throw new NumberFormatException(value);
        }
        year = Integer.parseInt(value.strip());
      } catch (NumberFormatException e) {
        throw new OptionValueException("expected.year", Years.MIN, Years.MAX, value);
      }
      if (year < Years.MIN || year > Years.MAX) {
        throw new OptionValueException("expected.year", Years.MIN, Years.MAX, value);
      }
      return year;
    }
  }

  /** Reads {@code --time-limit}: a positive number of seconds, up to 3 decimals, at most a day. */
  static final class TimeLimitConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      BigDecimal seconds;
      try {
        // ASCII digits only: BigDecimal also reads other scripts' digits ("١").
        if (!ASCII_NUMBER.matcher(value.strip()).matches()) {
          throw new NumberFormatException(value);
        }
        seconds = new BigDecimal(value.strip());
      } catch (NumberFormatException e) {
        throw new OptionValueException("expected.seconds", value);
      }
      if (seconds.signum() <= 0 || seconds.scale() > 3
          || seconds.compareTo(BigDecimal.valueOf(86_400)) > 0) {
        throw new OptionValueException("expected.secondsRange", value);
      }
      return Duration.ofMillis(seconds.movePointRight(3).longValueExact());
    }
  }

  /**
   * The version for {@code --version}, from the build: the dtz version (the library and this tool
   * are built and released together) and the git commit the build was made from.
   */
  static final class Version implements IVersionProvider {
    /** The command, whose resource bundle is the language chosen with {@code --locale}. */
    @Spec
    private CommandSpec spec;

    @Override
    public String[] getVersion() throws IOException {
      ResourceBundle bundle = spec == null ? null : spec.resourceBundle();
      Messages m = Messages.of(bundle == null ? Locale.ENGLISH : bundle.getLocale());
      Properties properties = new Properties();
      try (InputStream in = Walkthrough.class.getResourceAsStream("version.properties")) {
        if (in == null) {
          throw new IOException("version.properties is missing from the build");
        }
        properties.load(in);
      }
      String commit = properties.getProperty("commit", "");
      if (!commit.matches("[0-9a-f]{40}") && !commit.equals("unknown")) {
        throw new IOException("version.properties: commit is '" + commit
            + "'; expected a 40-digit git commit id or 'unknown'");
      }
      return new String[] {
          NAME + " " + properties.getProperty("version"),
          m.get("version.library", properties.getProperty("version"), commit.equals("unknown")
              ? m.get("version.commitUnknown") : m.get("version.commit", commit))};
    }
  }
}
