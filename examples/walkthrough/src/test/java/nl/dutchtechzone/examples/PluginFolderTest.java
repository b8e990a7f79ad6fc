package nl.dutchtechzone.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger plugin found through its jar in a plugin folder.
 *
 * <p>Surefire runs this class in an execution of its own with the plugin removed from the class
 * path ({@code classpathDependencyExcludes}), so the only way to find the exporter is to load
 * the jar that the reactor built, which the build passes in as {@code dtz.ledger.jar}.
 */
class PluginFolderTest {

  private static Path ledgerJar;

  @BeforeAll
  static void findTheJar() {
    String property = System.getProperty("dtz.ledger.jar");
    assertThat(property).as("system property dtz.ledger.jar (set by the surefire configuration)")
        .isNotBlank();
    ledgerJar = Path.of(property);
    assertThat(ledgerJar).as("the ledger plugin jar; build with 'mvn verify' so that the reactor"
        + " packages examples/ledger-exporter first").isRegularFile();
  }

  @Test
  void thePluginIsNotOnTheClassPathOfThisTest() {
    assertThatThrownBy(() -> Class.forName("nl.dutchtechzone.examples.ledger.LedgerExporter"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void withoutThePluginFolderTheLedgerFormatIsUnknown(@TempDir Path dir) {
    Run run = Run.of("--format", "ledger", "--out", dir.toString());

    assertThat(run.exitCode).as(run.toString()).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
    assertThat(run.err).contains("unknown format 'ledger'; known formats: csv");
  }

  @Test
  void findsTheLedgerExporterInAJarDroppedIntoThePluginFolder(@TempDir Path dir)
      throws IOException {
    Path plugins = Files.createDirectory(dir.resolve("plugins"));
    Files.copy(ledgerJar, plugins.resolve(ledgerJar.getFileName()));
    Path out = dir.resolve("out");

    Run run = Run.of("--plugins", plugins.toString(), "--out", out.toString());

    assertThat(run.exitCode).as(run.toString()).isZero();
    String reports = WalkthroughTest.section(run.out, "== Reports");
    assertThat(reports).containsPattern("(?m)^  ledger +\\S*DTZ-2023\\.ledger\\.csv +plugin "
        + ledgerJar.getFileName().toString().replace(".", "\\.") + "$");
    assertThat(reports).containsPattern("(?m)^  csv +\\S*DTZ-2023\\.csv +class path$");
    String ledger = Files.readString(out.resolve("DTZ-2023.ledger.csv"), StandardCharsets.UTF_8);
    assertThat(ledger).startsWith("year,taakveld,taakveld_name,economic_category,");
    assertThat(ledger).contains("2021,3.1,Economische ontwikkeling,", ",GM0114,Emmen,107024.00,");
  }

  @Test
  void writesOnlyTheLedgerWhenAskedForIt(@TempDir Path dir) throws IOException {
    Path plugins = Files.createDirectory(dir.resolve("plugins"));
    Files.copy(ledgerJar, plugins.resolve(ledgerJar.getFileName()));
    Path out = dir.resolve("out");

    Run run = Run.of("--plugins", plugins.toString(), "--format", "ledger", "--out",
        out.toString());

    assertThat(run.exitCode).as(run.toString()).isZero();
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactly("DTZ-2023.ledger.csv");
    }
  }
}
