package nl.dutchtechzone.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import nl.dutchtechzone.reporting.json.Dataset;
import nl.dutchtechzone.reporting.json.JsonDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's "A programme of your own" example, checks what it prints and writes, runs the
 * command line on the dataset it saves, and checks that the README quotes it and its imports.
 */
class OwnProgrammeExampleTest {

  private static final Path SOURCE =
      Path.of("src/main/java/nl/dutchtechzone/examples/OwnProgrammeExample.java");

  @Test
  void computesTheMembersContributionsValidatesTheBudgetAndWritesAReportAndADataset(
      @TempDir Path dir) throws IOException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      OwnProgrammeExample.main(new String[] {dir.toString()});
    } finally {
      System.setOut(original);
    }

    // 161,811 x 0.85 = 137,539.35 and 82,012 x 0.85 = 69,710.20; Almelo joins in 2026.
    String out = printed.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("Contributions 2025: € 207.249,55" + System.lineSeparator(),
        "Validation: no violations" + System.lineSeparator(),
        "Wrote " + dir.resolve("TDC-2025.md"));
    String md = Files.readString(dir.resolve("TDC-2025.md"), StandardCharsets.UTF_8);
    assertThat(md).contains("# Twente Data Corridor (TDC) 2025", "| Enschede | GM0153 |",
        "€ 137,539.35", "€ 69,710.20", "| grant | Income | Other income | € 125,000.00 |")
        .doesNotContain("Almelo", "Dutch TechZone");

    Dataset saved = JsonDatasets.read(dir.resolve("tdc.json"));
    assertThat(saved.programme().id()).isEqualTo("tdc");
    Run run = Run.of("--dataset", dir.resolve("tdc.json").toString(), "--out",
        dir.resolve("cli").toString(), "--format", "json");
    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains("Document 2025: plan 2025, report none, contributions 2025",
        "€ 207,249.55");
  }

  @Test
  void theReadmeQuotesThisExampleAndItsImportsVerbatim() throws IOException {
    String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
    int start = source.indexOf("  public static void main(");
    String body = source.substring(start, source.lastIndexOf("\n}\n") + 1);
    String imports = source.lines().filter(l -> l.startsWith("import "))
        .collect(Collectors.joining("\n", "", "\n"));
    String readme = Files.readString(Path.of("../../README.md"), StandardCharsets.UTF_8);

    assertThat(body).contains("JsonDatasets.write", "private static BudgetLine line(");
    assertThat(readme).contains(body).contains("```java\n" + imports + "```\n");
  }
}
