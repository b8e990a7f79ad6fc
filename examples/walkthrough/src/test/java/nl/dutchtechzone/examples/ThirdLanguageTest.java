package nl.dutchtechzone.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding a language is adding bundle files: {@code --locale} takes any language tag, and a third
 * language whose bundles are on the class path (the test bundles {@code Walkthrough_fy} and
 * {@code texts_fy}, West Frisian for a handful of keys) reaches the command line's lines and its
 * exports, with English for every key those bundles lack. A language without any bundle is
 * English throughout; a value that names no language is bad input.
 */
class ThirdLanguageTest {

  @Test
  void aThirdLanguageReachesTheLinesAndTheExportsWithEnglishForTheRest(@TempDir Path dir)
      throws IOException {
    Run run = Run.of("--locale", "fy", "--out", dir.toString(), "--format", "markdown");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains("== Jierrekken 2022", "Einsaldo", "Totaal")
        .contains("Carried forward", "Contributions 2021")
        .doesNotContain("== Statement 2022", "Closing balance", "Financieel overzicht");
    String markdown = Files.readString(dir.resolve("DTZ-2023.md"), StandardCharsets.UTF_8);
    assertThat(markdown).contains("Finânsjes", "Einsaldo (ôflaat)").contains("Total spending")
        .doesNotContain("Totaal inkomsten");
  }

  @Test
  void aRegionalTagUsesItsLanguagesBundle(@TempDir Path dir) {
    Run run = Run.of("--locale", "fy-NL", "--out", dir.toString(), "--format", "csv");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains("== Jierrekken 2022");
  }

  @Test
  void aLanguageWithoutBundlesIsEnglishThroughout(@TempDir Path dir) {
    Run french = Run.of("--locale", "fr", "--out", dir.resolve("fr").toString(), "--format",
        "csv");
    Run english = Run.of("--locale", "en", "--out", dir.resolve("en").toString(), "--format",
        "csv");

    assertThat(french.exitCode).as(french.toString()).isZero();
    assertThat(french.out).contains("== Statement 2022", "Closing balance")
        .isEqualTo(english.out.replace(dir.resolve("en").toString(),
            dir.resolve("fr").toString()));
  }

  @Test
  void aValueThatNamesNoLanguageIsBadInput() {
    for (String bad : new String[] {"xx", "english", "n1", "nl_NL"}) {
      Run run = Run.of("--locale", bad);
      assertThat(run.exitCode).as(run.toString()).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
      assertThat(run.err).contains("--locale: must be a language tag such as nl, en or de, got '"
          + bad + "'");
    }
  }
}
