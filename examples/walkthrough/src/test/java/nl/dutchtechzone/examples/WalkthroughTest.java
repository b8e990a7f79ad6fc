package nl.dutchtechzone.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.dutchtechzone.reporting.Exporters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walk-through as the README's first Quick-start command runs it: no options but the output
 * folder, over the embedded reference data. Checks what it prints and the files it writes.
 */
class WalkthroughTest {

  @Test
  void walksThroughTheReferenceDataAndExitsZero(@TempDir Path dir) {
    Run run = Run.of("--out", dir.toString());

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains(
        "== Dutch TechZone (DTZ)",
        "Coevorden", "GM0109", "Emmen", "GM0114", "Hoogeveen", "GM0118", "Hardenberg", "GM0160",
        "Provincie Drenthe", "Ministerie van Economische Zaken en Klimaat",
        "Regio Deal Zuid- en Oost-Drenthe", "Bedrijvenregeling DTZ");
  }

  @Test
  void printsThe2022StatementWithItsClosingBalanceAndACleanValidation(@TempDir Path dir) {
    String out = Run.of("--out", dir.toString()).out;

    assertThat(section(out, "== Statement 2022")).contains(
        "Carried forward", "€ 130,500.00",
        "€ 261,089.00",
        "€ 223,573.30", "€ 34,877.25", "€ 31,016.66",
        "Closing balance", "€ 102,121.79",
        "Validation: no violations");
  }

  @Test
  void printsThe2023PlanPerThemeWithEveryActionPoint(@TempDir Path dir) {
    String plan = section(Run.of("--out", dir.toString()).out, "== Annual plan 2023");

    assertThat(plan).contains("Investing in ambitious entrepreneurship",
        "Investing in image, profiling, positioning and culture of the region",
        "Investing in education and knowledge");
    long actions = plan.lines().filter(l -> l.matches("  \\[2023\\.\\d\\.\\d] .+")).count();
    assertThat(actions).isEqualTo(5 + 7 + 3);
  }

  @Test
  void printsContributionsPerMunicipalityWithFigureSourceAndStatus(@TempDir Path dir) {
    String contributions = section(Run.of("--out", dir.toString()).out,
        "== Contributions 2021 (estimate)");

    assertThat(contributions).contains(
        "Coevorden    GM0109    35,317 x € 1.00 =    € 35,317.00  "
            + "provisional figure of 2021-01-01",
        "Emmen        GM0114   107,024 x € 1.00 =   € 107,024.00",
        "Hardenberg   GM0160    61,346",
        "Hoogeveen    GM0118    55,603",
        "259,290", "€ 259,290.00",
        "Source: CBS, table 03759ned");
  }

  @Test
  void printsASettlementFromEstimateToIllustrativeFinalFigures(@TempDir Path dir)
      throws java.io.IOException {
    String settlement = section(Run.of("--out", dir.toString()).out,
        "== Settlement 2021: estimate to final");
    // Made-up figures are printed, never exported as if they were a settlement.
    assertThat(java.nio.file.Files.readString(dir.resolve("DTZ-2023.md")))
        .doesNotContain("Settlement 2021");

    assertThat(settlement).contains("Illustrative", "not CBS figures",
        "Coevorden       € 35,317.00    € 35,329.00        € 12.00",
        "Emmen          € 107,024.00   € 106,939.00       € -85.00",
        "Total          € 259,290.00   € 259,360.00        € 70.00");
  }

  @Test
  void printsTheTrackingSummary(@TempDir Path dir) {
    String tracking = section(Run.of("--out", dir.toString()).out,
        "== Tracking: plan against report");

    assertThat(tracking).contains("Plan 2023: 15 actions", "Report 2022:",
        "Line of work 'dtz-in-figures':", "2023.1.5", "Gaps:");
  }

  @Test
  void writesOneFilePerDiscoveredExporterAndListsEach(@TempDir Path dir) throws IOException {
    Run run = Run.of("--out", dir.toString());

    List<String> formats = Exporters.discover().formats();
    assertThat(formats).contains("csv", "json");
    String reports = section(run.out, "== Reports");
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> written = files.sorted().collect(Collectors.toList());
      assertThat(written).hasSameSizeAs(formats);
      for (Path file : written) {
        assertThat(Files.size(file)).as(file.toString()).isPositive();
        assertThat(reports).contains(file.toString());
      }
    }
    for (String format : formats) {
      assertThat(reports).containsPattern("(?m)^  " + format.replace(".", "\\.") + " +");
    }
    assertThat(Files.readString(dir.resolve("DTZ-2023.csv"), StandardCharsets.UTF_8))
        .contains("2022,statement,carried-forward,", ",130500.00\r\n", ",31016.66\r\n");
    assertThat(Files.readString(dir.resolve("DTZ-2023.json"), StandardCharsets.UTF_8))
        .contains("\"shortName\": \"DTZ\"");
  }

  @Test
  void writesOnlyTheChosenFormats(@TempDir Path dir) throws IOException {
    Run run = Run.of("--out", dir.toString(), "--format", "json");

    assertThat(run.exitCode).as(run.toString()).isZero();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("DTZ-2023.json");
    }
  }

  @Test
  void sameInputGivesTheSameOutputAndTheSameFiles(@TempDir Path dir) throws IOException {
    Path a = Files.createDirectory(dir.resolve("a"));
    Path b = Files.createDirectory(dir.resolve("b"));

    Run first = Run.of("--out", a.toString());
    Run second = Run.of("--out", b.toString());

    assertThat(second.out.replace(b.toString(), "DIR"))
        .isEqualTo(first.out.replace(a.toString(), "DIR"));
    try (Stream<Path> files = Files.list(a)) {
      for (Path file : files.collect(Collectors.toList())) {
        assertThat(Files.readAllBytes(b.resolve(file.getFileName())))
            .as(file.getFileName().toString()).isEqualTo(Files.readAllBytes(file));
      }
    }
  }

  @Test
  void findsTheLedgerPluginOnTheClassPath(@TempDir Path dir) throws IOException {
    Run run = Run.of("--out", dir.toString());

    assertThat(section(run.out, "== Reports"))
        .containsPattern("(?m)^  ledger +\\S*DTZ-2023\\.ledger\\.csv +class path$");
    assertThat(Files.readString(dir.resolve("DTZ-2023.ledger.csv"), StandardCharsets.UTF_8))
        .contains("2021,3.1,Economische ontwikkeling,4.3,Inkomensoverdrachten,lasten,GM0114,"
            + "Emmen,107024.00,estimate,");
  }

  @Test
  void thePluginOnTheClassPathAndInThePluginFolderIsUsedOnce(@TempDir Path dir)
      throws IOException {
    Path jar = Path.of(System.getProperty("dtz.ledger.jar"));
    assertThat(jar).as("the ledger plugin jar; build with 'mvn verify'").isRegularFile();
    Path plugins = Files.createDirectory(dir.resolve("plugins"));
    Files.copy(jar, plugins.resolve(jar.getFileName()));

    Run run = Run.of("--plugins", plugins.toString(), "--out", dir.resolve("out").toString());

    assertThat(run.exitCode).as(run.toString()).isZero();
    String reports = section(run.out, "== Reports");
    assertThat(reports).containsOnlyOnce("  ledger ");
    assertThat(reports).doesNotContain("exporter problem");
  }

  @Test
  void printsAndWritesTheSameUnderAnyDefaultLocaleAndTimeZone(@TempDir Path dir)
      throws IOException {
    Path a = Files.createDirectory(dir.resolve("a"));
    Path b = Files.createDirectory(dir.resolve("b"));
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    Run turkish;
    Run american;
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
      turkish = Run.of("--out", a.toString(), "--locale", "nl");
      Locale.setDefault(Locale.US);
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      american = Run.of("--out", b.toString(), "--locale", "nl");
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }

    assertThat(turkish.out.replace(a.toString(), "DIR"))
        .isEqualTo(american.out.replace(b.toString(), "DIR"));
    try (Stream<Path> files = Files.list(a)) {
      for (Path file : files.collect(Collectors.toList())) {
        assertThat(Files.readAllBytes(b.resolve(file.getFileName())))
            .as(file.getFileName().toString()).isEqualTo(Files.readAllBytes(file));
      }
    }
  }

  /** The lines from a heading up to the next heading. */
  static String section(String out, String heading) {
    int start = out.indexOf(heading + "\n");
    assertThat(start).as("heading '%s' in:%n%s", heading, out).isNotNegative();
    int end = out.indexOf("\n== ", start + heading.length());
    return end < 0 ? out.substring(start) : out.substring(start, end + 1);
  }
}
