package nl.dutchtechzone.core.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import nl.dutchtechzone.core.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * The one language rule, against a throwaway bundle family with English (root), Dutch and
 * French files ({@code core/language/words*.properties} in the test resources).
 */
class LanguagesTest {

  private static final String WORDS = "nl.dutchtechzone.core.language.words";
  private static final Languages.BundleLoader LOADER = ResourceBundle::getBundle;

  private static String greeting(Locale locale) {
    return Languages.bundle(WORDS, locale, LOADER).getString("greeting");
  }

  @Test
  void onlyTheLanguageOfALocaleCounts() {
    assertThat(Languages.of(Locale.forLanguageTag("nl-BE"))).isEqualTo(Languages.DUTCH);
    assertThat(Languages.of(Locale.forLanguageTag("nl-NL"))).isEqualTo(Languages.DUTCH);
    assertThat(Languages.of(Locale.forLanguageTag("nl"))).isEqualTo(Languages.DUTCH);
    assertThat(Languages.of(Locale.forLanguageTag("en-GB"))).isEqualTo(Languages.ENGLISH);
    assertThat(Languages.of(Locale.forLanguageTag("sr-Latn-RS"))).isEqualTo(new Locale("sr"));
    assertThat(Languages.of(Locale.FRENCH)).isEqualTo(Locale.FRENCH);
    assertThat(Languages.code(Locale.forLanguageTag("fy-NL"))).isEqualTo("fy");
  }

  @Test
  void aLocaleWithoutALanguageGetsEnglish() {
    assertThat(Languages.of(Locale.ROOT)).isEqualTo(Languages.FALLBACK)
        .isEqualTo(Locale.ENGLISH);
    assertThat(Languages.code(Locale.ROOT)).isEqualTo("en");
    assertThat(Languages.code(new Locale("", "NL"))).isEqualTo("en");
  }

  @Test
  void shipsEnglishAndDutchEnglishFirst() {
    assertThat(Languages.shipped()).containsExactly(Locale.ENGLISH, new Locale("nl"));
    assertThatThrownBy(() -> Languages.shipped().add(Locale.FRENCH))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void choosesTheLanguagesTextElseEnglish() {
    Map<String, String> texts = Map.of("en", "too much", "nl", "te veel", "fy", "tefolle");
    assertThat(Languages.choose(Locale.forLanguageTag("nl-BE"),
        l -> Optional.ofNullable(texts.get(l)))).contains("te veel");
    assertThat(Languages.choose(Locale.forLanguageTag("fy"),
        l -> Optional.ofNullable(texts.get(l)))).contains("tefolle");
    assertThat(Languages.choose(Locale.FRENCH, l -> Optional.ofNullable(texts.get(l))))
        .contains("too much");
    assertThat(Languages.choose(Locale.ROOT, l -> Optional.ofNullable(texts.get(l))))
        .contains("too much");
    assertThat(Languages.choose(Locale.FRENCH, l -> Optional.ofNullable(Map.of("nl", "x")
        .get(l)))).isEmpty();
  }

  @Test
  void localizedTextFollowsTheRule() {
    LocalizedText both = LocalizedText.of("begroting", "budget");
    assertThat(both.in(Locale.forLanguageTag("nl-BE"))).isEqualTo("begroting");
    assertThat(both.in(Locale.forLanguageTag("nl-NL"))).isEqualTo("begroting");
    assertThat(both.in(Locale.forLanguageTag("en-GB"))).isEqualTo("budget");
    assertThat(both.in(Locale.FRENCH)).isEqualTo("budget");
    assertThat(both.in(Locale.ROOT)).isEqualTo("budget");
    assertThat(LocalizedText.dutch("peildatum").in(Locale.FRENCH)).isEqualTo("peildatum");
  }

  @Test
  void readsTheBundleOfTheLanguageElseEnglishKeyByKey() {
    assertThat(greeting(Locale.forLanguageTag("nl-BE"))).isEqualTo("Goedemorgen");
    assertThat(greeting(Locale.forLanguageTag("fr-CA"))).isEqualTo("Bonjour");
    assertThat(greeting(Locale.forLanguageTag("en-GB"))).isEqualTo("Good morning");
    assertThat(greeting(Locale.GERMAN)).isEqualTo("Good morning");
    assertThat(greeting(Locale.ROOT)).isEqualTo("Good morning");
    assertThat(Languages.bundle(WORDS, new Locale("nl"), LOADER).getString("farewell"))
        .isEqualTo("Goodbye");
    assertThat(Languages.bundle(WORDS, Locale.GERMAN, LOADER).getLocale())
        .isEqualTo(Locale.ROOT);
  }

  @Test
  void theDefaultLocaleNeverLeaksIn() {
    Locale before = Locale.getDefault();
    try {
      for (Locale def : new Locale[] {new Locale("nl"), Locale.forLanguageTag("nl-NL"),
          Locale.FRENCH}) {
        Locale.setDefault(def);
        assertThat(greeting(Locale.ENGLISH)).as("English under %s", def)
            .isEqualTo("Good morning");
        assertThat(greeting(Locale.forLanguageTag("en-GB"))).as("en-GB under %s", def)
            .isEqualTo("Good morning");
        assertThat(greeting(Locale.GERMAN)).as("German under %s", def)
            .isEqualTo("Good morning");
        assertThat(greeting(Locale.ROOT)).as("the root under %s", def)
            .isEqualTo("Good morning");
        assertThat(LocalizedText.of("begroting", "budget").in(Locale.ENGLISH))
            .isEqualTo("budget");
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aFamilyWithoutARootIsMissing() {
    assertThatThrownBy(() -> Languages.bundle("nl.dutchtechzone.core.language.none",
        Locale.ENGLISH, LOADER)).isInstanceOf(java.util.MissingResourceException.class);
  }
}
