package nl.dutchtechzone.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.dutchtechzone.reporting.Exporters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded command-line jar, {@code target/dtz-cli.jar}, run as an operator runs it: {@code
 * java -jar} in a JVM of its own, from a folder that is not the project's.
 *
 * <p>Failsafe runs this after {@code package}, with the ledger plugin removed from this test's
 * class path, so {@link Exporters#discover()} here lists the built-in exporters only.
 */
class CliJarIT {

  private static Path cliJar;
  private static Path ledgerJar;

  @BeforeAll
  static void findTheJars() {
    cliJar = Path.of(System.getProperty("dtz.cli.jar"));
    ledgerJar = Path.of(System.getProperty("dtz.ledger.jar"));
    assertThat(cliJar).as("the shaded jar; built by the package phase").isRegularFile();
    assertThat(ledgerJar).as("the ledger plugin jar").isRegularFile();
  }

  @Test
  void helpWorksFromAnyFolder(@TempDir Path folder) throws Exception {
    Result run = run(folder, "--help");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains("Usage: dtz-walkthrough", "--dataset", "--plugins", "--version",
        "Exit codes:");
    assertThat(run.err).isEmpty();
  }

  @Test
  void versionPrintsTheLibraryVersionAndTheCommit(@TempDir Path folder) throws Exception {
    Result run = run(folder, "--version");

    assertThat(run.exitCode).as(run.toString()).isZero();
    String commit = System.getProperty("dtz.git.commit");
    assertThat(run.out).contains("dtz library " + System.getProperty("dtz.version") + ", git commit "
        + (commit.equals("unknown") ? "unknown" : commit));
  }

  @Test
  void everyBuiltInExporterIsFoundInTheShadedJar(@TempDir Path folder) throws Exception {
    Result run = run(folder, "--out", "reports");

    assertThat(run.exitCode).as(run.toString()).isZero();
    List<String> builtIn = Exporters.discover().formats();
    assertThat(builtIn).as("built-in formats on this test's class path")
        .contains("csv", "json", "markdown", "html").doesNotContain("ledger");
    assertThat(formatsListed(run.out)).containsExactlyElementsOf(builtIn);
    try (var files = Files.list(folder.resolve("reports"))) {
      assertThat(files.count()).isEqualTo(builtIn.size());
    }
  }

  @Test
  void aPluginJarInThePluginFolderIsStillFound(@TempDir Path folder) throws Exception {
    Path plugins = Files.createDirectory(folder.resolve("plugins"));
    Files.copy(ledgerJar, plugins.resolve(ledgerJar.getFileName()));

    Result without = run(folder, "--format", "ledger", "--out", "reports");
    Result with = run(folder, "--plugins", "plugins", "--format", "ledger", "--out", "reports");

    assertThat(without.exitCode).as(without.toString()).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
    assertThat(without.err).contains("unknown format 'ledger'");
    assertThat(with.exitCode).as(with.toString()).isZero();
    assertThat(with.out).containsPattern("(?m)^  ledger +\\S*DTZ-2023\\.ledger\\.csv +plugin "
        + Pattern.quote(ledgerJar.getFileName().toString()) + "$");
    String ledger = Files.readString(folder.resolve("reports/DTZ-2023.ledger.csv"),
        StandardCharsets.UTF_8);
    assertThat(ledger).startsWith("year,taakveld,").contains(",GM0114,Emmen,107024.00,");
  }

  @Test
  void theJarCarriesTheLicenceAndTheSbomAndRelocatesItsLibraries() throws IOException {
    try (JarFile jar = new JarFile(cliJar.toFile())) {
      assertThat(read(jar, "META-INF/LICENSE")).contains("EUROPEAN UNION PUBLIC LICENCE v. 1.2");
      String sbom = read(jar, "META-INF/sbom/dtz-cli.cyclonedx.json");
      assertThat(sbom).contains("\"bomFormat\" : \"CycloneDX\"",
          "pkg:maven/com.fasterxml.jackson.core/jackson-core@",
          "pkg:maven/info.picocli/picocli@", "\"id\" : \"Apache-2.0\"");
      assertThat(sbom).doesNotContain("dtz-ledger-exporter");
      List<String> names = Collections.list(jar.entries()).stream().map(e -> e.getName())
          .collect(Collectors.toList());
      assertThat(names).contains("nl/dutchtechzone/reporting/Exporters.class",
          "nl/dutchtechzone/cli/shaded/guava/collect/ImmutableList.class", "org/slf4j/Logger.class",
          "nl/dutchtechzone/cli/shaded/jackson/core/JsonFactory.class",
          "nl/dutchtechzone/cli/shaded/picocli/CommandLine.class");
      assertThat(names).noneMatch(n -> n.startsWith("com/fasterxml/")
          || n.startsWith("com/google/common/") || n.startsWith("com/google/thirdparty/")
          || n.startsWith("picocli/") || n.startsWith("org/apache/commons/csv/"));
      assertThat(names).doesNotContain("module-info.class");
      assertThat(names).noneMatch(n -> n.startsWith("nl/dutchtechzone/examples/ledger/"));
    }
  }

  private static String read(JarFile jar, String entry) throws IOException {
    assertThat(jar.getEntry(entry)).as(entry).isNotNull();
    try (InputStream in = jar.getInputStream(jar.getEntry(entry))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The format ids of the walk-through's report list, in order. */
  private static List<String> formatsListed(String out) {
    String reports = WalkthroughTest.section(out, "== Reports");
    Matcher m = Pattern.compile("(?m)^  (\\S+) +\\S+ +class path$").matcher(reports);
    List<String> formats = new ArrayList<>();
    while (m.find()) {
      formats.add(m.group(1));
    }
    return formats;
  }

  private static Result run(Path folder, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(cliJar.toAbsolutePath().toString());
    command.addAll(List.of(args));
    Path out = folder.resolve("stdout.txt");
    Path err = folder.resolve("stderr.txt");
    Process process = new ProcessBuilder(command).directory(folder.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("dtz-cli.jar finished").isTrue();
    Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return result;
  }

  private static final class Result {
    final int exitCode;
    final String out;
    final String err;

    Result(int exitCode, String out, String err) {
      this.exitCode = exitCode;
      this.out = out;
      this.err = err;
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out ---\n" + out + "--- err ---\n" + err;
    }
  }
}
