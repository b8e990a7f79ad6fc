package nl.dutchtechzone.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.reporting.document.Notation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line prints amounts in the exports' one notation, {@link Notation}. */
class CliNotationTest {

  @Test
  void formatsEnglishWithCommaGroupingAndPointDecimals() {
    assertThat(Notation.of(Locale.ENGLISH).money(Money.parse("1400000.00")))
        .isEqualTo("€ 1,400,000.00");
    assertThat(Notation.of(Locale.ENGLISH).money(Money.ofCents(-5))).isEqualTo("€ -0.05");
  }

  @Test
  void formatsDutchWithPointGroupingAndCommaDecimals() {
    assertThat(Notation.of(Locale.forLanguageTag("nl")).money(Money.parse("102121.79")))
        .isEqualTo("€ 102.121,79");
  }

  @Test
  void theCommandLinePrintsTheNotationOfTheExports(@TempDir Path dir) {
    Run english = Run.of("--out", dir.resolve("en").toString());
    Run dutch = Run.of("--locale", "nl", "--out", dir.resolve("nl").toString());

    assertThat(english.out).contains(
        Notation.of(Locale.ENGLISH).money(Money.parse("102121.79")),
        Notation.of(Locale.ENGLISH).count(107_024) + " x "
            + Notation.of(Locale.ENGLISH).rate(new java.math.BigDecimal("1.00")));
    assertThat(dutch.out).contains(
        Notation.of(Locale.forLanguageTag("nl")).money(Money.parse("102121.79")),
        "107.024 x € 1,00");
  }
}
