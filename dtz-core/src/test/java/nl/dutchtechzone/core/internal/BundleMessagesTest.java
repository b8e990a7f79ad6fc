package nl.dutchtechzone.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The one renderer of dtz's {@code {0}} bundles and the language rule of every bundle of dtz,
 * against dtz-core's own overflow bundles ({@code core/money/messages*.properties}).
 */
class BundleMessagesTest {

  private static final String BASE = "nl.dutchtechzone.core.money.messages";
  private static final Locale DUTCH = new Locale("nl");
  private static final BundleMessages MESSAGES =
      BundleMessages.of(BASE, BundleMessages.loaderOf(BundleMessagesTest.class.getModule()));

  @Test
  void theLocalesLanguageDecidesAndTheDefaultLocaleNever() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(DUTCH);
      // German has no bundle: English, the root, although the machine speaks Dutch.
      assertThat(BundleMessages.languageBundle(BASE, Locale.GERMAN,
          (name, locale) -> java.util.ResourceBundle.getBundle(name, locale)).getLocale())
          .isEqualTo(Locale.ROOT);
      assertThat(MESSAGES.render("overflow", List.of("x", "a", "b"), Locale.GERMAN))
          .isEqualTo("x is too large: it overflows the range Money holds, a to b");
      assertThat(MESSAGES.render("overflow", List.of("x", "a", "b"), new Locale("nl", "BE")))
          .isEqualTo("x is te groot: het valt buiten het bereik van een bedrag, a tot b");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void formatsArgumentsForTheBundlesLanguage() {
    BundleMessages.Argument amount = BundleMessages.amount("EUR 1234.50", "€ 1.234,50");
    assertThat(MESSAGES.render("overflow", List.of(amount, new BigDecimal("0.45"), 2023),
        Locale.ENGLISH)).isEqualTo(
            "EUR 1234.50 is too large: it overflows the range Money holds, 0.45 to 2023");
    assertThat(MESSAGES.render("overflow", List.of(amount, new BigDecimal("0.45"), 2023),
        DUTCH)).isEqualTo(
            "€ 1.234,50 is te groot: het valt buiten het bereik van een bedrag, 0,45 tot 2023");
    assertThat(MESSAGES.render("overflow", List.of(LocalDate.of(2021, 1, 1), 12345L,
        (BundleMessages.Argument) (bundle, locale) -> locale.getLanguage()), DUTCH))
        .isEqualTo("2021-01-01 is te groot: het valt buiten het bereik van een bedrag,"
            + " 12345 tot nl");
  }

  @Test
  void aMissingKeyOrArgumentIsABugNamingIt() {
    assertThatThrownBy(() -> MESSAGES.render("nothing", List.of(), Locale.ENGLISH))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("message key 'nothing' is missing from the bundles " + BASE);
    assertThatThrownBy(() -> MESSAGES.render("overflow", List.of("x"), Locale.ENGLISH))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs argument 1");
    assertThat(BundleMessages.placeholders("{0} and {2}, not {x}")).isEqualTo(2);
    assertThat(BundleMessages.placeholders("none")).isEqualTo(-1);
  }
}
