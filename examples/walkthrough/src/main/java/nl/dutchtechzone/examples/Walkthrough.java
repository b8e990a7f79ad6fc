package nl.dutchtechzone.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.Callable;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.RelatedProgramme;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.ActionPoint;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.InvestmentTheme;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.StatementLine;
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

  @Option(names = "--locale", paramLabel = "nl|en", defaultValue = "en",
      converter = LocaleConverter.class,
      description = "Language of the output and the reports: nl or en (default: ${DEFAULT-VALUE}).")
  private Locale locale = Locale.ENGLISH;

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
  public Integer call() {
    Programme programme = DutchTechZone.programme();
    printProgramme(programme);
    printStatement(DutchTechZone.report2022());
    printPlan(DutchTechZone.plan2023());
    return EXIT_OK;
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

  private void printStatement(AnnualReport report) {
    FinancialStatement s = report.statement().orElseThrow();
    heading(t("Statement ", "Financieel overzicht ") + s.year());
    money(t("Carried forward", "Doorgeschoven budget"), s.carriedForward());
    for (StatementLine l : s.income()) {
      money("+ " + l.label().in(locale), l.amount());
    }
    for (StatementLine l : s.spending()) {
      money("- " + l.label().in(locale), l.amount());
    }
    Money closing = s.carriedForward().plus(s.incomeSum()).minus(s.spendingSum());
    money(t("Closing balance", "Eindsaldo"), closing);
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
