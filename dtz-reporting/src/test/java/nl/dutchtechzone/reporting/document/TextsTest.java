package nl.dutchtechzone.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void theDutchAndTheEnglishBundleHaveTheSameKeys() {
    assertThat(Texts.keysOf("nl")).isNotEmpty().isEqualTo(Texts.keysOf("en"));
  }

  @Test
  void aThirdLanguageIsOneBundleFileAndFallsBackToEnglishKeyByKey() {
    Texts german = Texts.of(Locale.GERMAN);

    assertThat(Texts.hasLanguage("de")).isTrue();
    assertThat(german.get("budget")).isEqualTo("Haushalt");
    assertThat(german.get("closing")).isEqualTo("Closing balance (derived)");
    assertThat(german.date(LocalDate.of(2023, 5, 16))).isEqualTo("16 Mai 2023");
    assertThat(Texts.keysOf("de")).hasSizeLessThan(Texts.keysOf("en").size());
  }

  @Test
  void aLanguageWithoutABundleIsNotKnown() {
    assertThat(Texts.hasLanguage("fy")).isFalse();
    assertThat(Texts.of(Locale.forLanguageTag("fy")).get("budget")).isEqualTo("Budget");
  }

  @Test
  void takesTheLanguageOfTheLocaleByTheOneRule() {
    assertThat(Texts.of(Locale.forLanguageTag("nl-BE")).get("budget")).isEqualTo(
        Texts.of(Locale.forLanguageTag("nl")).get("budget"));
    assertThat(Texts.of(Locale.forLanguageTag("nl-BE")).locale()).isEqualTo(new Locale("nl"));
    assertThat(Texts.of(Locale.forLanguageTag("en-GB")).get("budget")).isEqualTo("Budget");
    assertThat(Texts.of(Locale.FRENCH).get("closing")).isEqualTo("Closing balance (derived)");
    // The root locale names no language: English, the fallback.
    assertThat(Texts.of(Locale.ROOT).locale()).isEqualTo(Locale.ENGLISH);
    assertThat(Texts.of(Locale.ROOT).get("closing")).isEqualTo("Closing balance (derived)");
  }

  @Test
  void englishIsEnglishOnADutchMachine() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("nl-NL"));
      assertThat(Texts.of(Locale.ENGLISH).get("closing")).isEqualTo("Closing balance (derived)");
      assertThat(Texts.of(Locale.FRENCH).get("closing")).isEqualTo("Closing balance (derived)");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void fillsThePlaceholderWithoutLocaleFormatting() {
    assertThat(Texts.of(Locale.forLanguageTag("nl")).get("actions-in-plan", "2023"))
        .isEqualTo("Acties in jaarplan 2023");
  }

  @Test
  void anUnknownKeyNamesTheKeyAndTheLanguage() {
    assertThatThrownBy(() -> Texts.of(Locale.forLanguageTag("nl")).get("no-such-key"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'no-such-key'").hasMessageContaining("'nl'");
  }
}
