package nl.dutchtechzone.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import nl.dutchtechzone.reporting.ProviderProblem.Kind;
import nl.dutchtechzone.testing.BundleContract;
import org.junit.jupiter.api.Test;

/**
 * Provider problems and exporter errors in English and Dutch: the same keys and placeholders in
 * both bundles, Dutch texts for the registry's own problems, and no default-locale fallback.
 */
class ProviderProblemTextsTest {

  private static final Locale DUTCH = new Locale("nl");

  @Test
  void englishAndDutchHaveTheSameKeysAndPlaceholders() {
    BundleContract.assertDutchMatchesEnglish(ProviderProblemTextsTest.class, "problems");
  }

  @Test
  void aDuplicateFormatReadsInDutchAndInEnglish() {
    Exporters exporters = Exporters.builder()
        .add(new DupBetaExporter()).add(new DupAlphaExporter())
        .build();
    ProviderProblem problem = exporters.problems().get(0);
    String alpha = DupAlphaExporter.class.getName();
    String beta = DupBetaExporter.class.getName();

    assertThat(problem.message(DUTCH)).isEqualTo("exporter-provider " + beta
        + " (prioriteit 0) claimt ook formaat 'dup'; " + alpha + " (prioriteit 0) wordt gebruikt");
    assertThat(problem.message()).isEqualTo(problem.message(Locale.ENGLISH))
        .isEqualTo("exporter provider " + beta + " (priority 0) also claims format 'dup'; using "
            + alpha + " (priority 0) instead");
  }

  @Test
  void theRegistrysProblemsNeverFallBackToTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(DUTCH);
      ProviderProblem problem = ProviderProblem.builder().kind(Kind.NOT_FOUND)
          .messageKey("notFound").addArguments("com.example.Gone").build();
      assertThat(problem.message(Locale.ENGLISH))
          .isEqualTo("exporter provider com.example.Gone not found: no such class");
      assertThat(problem.message(Locale.FRENCH)).isEqualTo(problem.message(Locale.ENGLISH));
      Locale.setDefault(Locale.ENGLISH);
      assertThat(problem.message(DUTCH))
          .isEqualTo("exporter-provider com.example.Gone niet gevonden: die klasse bestaat niet");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void anApplicationsProblemCarriesItsOwnTextsWithEnglishForOtherLanguages() {
    ProviderProblem problem = ProviderProblem.builder().kind(Kind.UNREADABLE_SOURCE)
        .message("plugin jar x.jar cannot be read").putTexts("nl", "plugin-jar x.jar is onleesbaar")
        .build();

    assertThat(problem.message(DUTCH)).isEqualTo("plugin-jar x.jar is onleesbaar");
    assertThat(problem.message(Locale.GERMAN)).isEqualTo("plugin jar x.jar cannot be read");
    assertThat(problem.message(Locale.forLanguageTag("nl-BE")))
        .isEqualTo("plugin-jar x.jar is onleesbaar");
    assertThat(problem.message(Locale.forLanguageTag("en-GB")))
        .isEqualTo("plugin jar x.jar cannot be read");
    assertThat(problem.message(Locale.ROOT)).isEqualTo("plugin jar x.jar cannot be read");
  }

  @Test
  void aProblemNeedsAKnownKeyWithItsArgumentsOrAnEnglishText() {
    assertThatThrownBy(() -> ProviderProblem.builder().kind(Kind.OTHER)
        .messageKey("noSuchKey").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("messageKey 'noSuchKey'");
    assertThatThrownBy(() -> ProviderProblem.builder().kind(Kind.OTHER)
        .messageKey("notFound").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'notFound'");
    assertThatThrownBy(() -> ProviderProblem.builder().kind(Kind.OTHER)
        .putTexts("nl", "alleen Nederlands").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("English message");
    assertThatThrownBy(() -> ProviderProblem.builder().kind(Kind.OTHER)
        .message("text").messageKey("notFound").addArguments("x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not have fixed texts too");
    assertThatThrownBy(() -> ProviderProblem.builder().kind(Kind.OTHER).message(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'en' must not be blank");
  }

  @Test
  void anExporterErrorReadsInDutchWithTheErrorItselfUntranslated() {
    ExporterError error = new ExporterError("test-linkage", "com.example.Linking",
        new NoClassDefFoundError("com/example/Missing"));

    assertThat(error.message(DUTCH)).isEqualTo("exporter com.example.Linking van formaat"
        + " 'test-linkage' faalde met java.lang.NoClassDefFoundError: com/example/Missing");
    assertThat(error.getMessage()).isEqualTo(error.message(Locale.ENGLISH))
        .isEqualTo("exporter com.example.Linking of format 'test-linkage' failed with"
            + " java.lang.NoClassDefFoundError: com/example/Missing");
  }

  @Test
  void anAbandonedExportReadsInDutch() {
    ExportTimeoutException e = new ExportTimeoutException("test-hanging",
        java.time.Duration.ofMillis(500), java.nio.file.Path.of("out", "X-2023.txt"));
    String target = java.nio.file.Path.of("out", "X-2023.txt").toString();

    assertThat(e.message(DUTCH)).isEqualTo("de exporter 'test-hanging' was niet binnen 500 ms"
        + " klaar; export van " + target + " afgebroken");
    assertThat(e.getMessage()).isEqualTo(e.message(Locale.ENGLISH))
        .isEqualTo("the 'test-hanging' exporter did not finish within 500 ms; export of " + target
            + " abandoned");
  }
}
