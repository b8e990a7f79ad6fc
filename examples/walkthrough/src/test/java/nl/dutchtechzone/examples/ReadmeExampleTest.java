package nl.dutchtechzone.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the README's code example and checks what it prints and writes. */
class ReadmeExampleTest {

  @Test
  void printsTheClosingBalanceAndTheContributionsAndWritesTheHtmlReport(@TempDir Path dir)
      throws IOException {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      ReadmeExample.main(new String[] {dir.toString()});
    } finally {
      System.setOut(original);
    }

    String out = printed.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("Closing balance 2022: € 102.121,79" + System.lineSeparator(),
        "Validation: no violations" + System.lineSeparator(),
        "Coevorden: € 35.317,00 (PROVISIONAL)", "Emmen: € 107.024,00 (PROVISIONAL)",
        "Hardenberg: € 61.346,00 (PROVISIONAL)", "Hoogeveen: € 55.603,00 (PROVISIONAL)",
        "Wrote " + dir.resolve("DTZ-2023.html"));
    String html = Files.readString(dir.resolve("DTZ-2023.html"), StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("102.121,79");
  }

  @Test
  void theReadmeQuotesThisExampleVerbatim() throws IOException {
    String source = Files.readString(
        Path.of("src/main/java/nl/dutchtechzone/examples/ReadmeExample.java"),
        StandardCharsets.UTF_8);
    int start = source.indexOf("  public static void main(");
    String main = source.substring(start, source.indexOf("\n  }\n", start) + 4);
    String readme = Files.readString(Path.of("../../README.md"), StandardCharsets.UTF_8);
    String imports = source.lines().filter(l -> l.startsWith("import "))
        .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    assertThat(main).contains("ContributionCalculator");
    assertThat(readme).contains(main).contains("```java\n" + imports + "```\n");
  }
}
