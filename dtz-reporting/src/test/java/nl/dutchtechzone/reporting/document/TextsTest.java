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
