package nl.dutchtechzone.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
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
        "2   bad usage or bad input");
    assertThat(run.err).isEmpty();
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
  void unsupportedLocaleExitsTwoNamingTheValueAndTheChoices() {
    Run run = Run.of("--locale", "fr");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
    assertThat(run.err).contains("--locale", "must be nl or en, got 'fr'");
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
  void unknownFormatExitsTwoListingTheKnownOnes(@TempDir Path dir) {
    Run run = Run.of("--format", "xml", "--out", dir.toString());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
    assertThat(run.err).contains("unknown format 'xml'; known formats:");
    assertThat(run.err).doesNotContain("\tat ");
    assertThat(run.out).isEmpty();
  }

  @Test
  void missingPluginFolderExitsTwo(@TempDir Path dir) {
    Run run = Run.of("--plugins", dir.resolve("plugins").toString(), "--out", dir.toString());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
    assertThat(run.err).contains("--plugins", "no such folder");
  }

  @Test
  void pluginFolderWithABrokenJarExitsTwoNamingTheJar(@TempDir Path dir) throws IOException {
    Path plugins = Files.createDirectory(dir.resolve("plugins"));
    Files.writeString(plugins.resolve("broken.jar"), "not a zip", StandardCharsets.UTF_8);

    Run run = Run.of("--plugins", plugins.toString(), "--out", dir.toString());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
    assertThat(run.err).contains("broken.jar is not a readable jar file");
    assertThat(run.err).doesNotContain("\tat ");
  }

  @Test
  void outThatIsAFileExitsTwo(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("taken"), "x", StandardCharsets.UTF_8);

    Run run = Run.of("--out", file.toString());

    assertThat(run.err).as(run.toString()).contains("--out", "not a folder");
    assertThat(run.exitCode).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
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
  void aYearWithoutInhabitantFiguresExitsTwoNamingTheMunicipalityAndDate(@TempDir Path dir) {
    Run run = Run.of("--year", "2023", "--out", dir.toString());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
    assertThat(run.err).contains("no contributions for 2023", "2023-01-01");
    assertThat(run.err).doesNotContain("\tat ");
    assertThat(run.out).isEmpty();
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
