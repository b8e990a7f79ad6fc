package nl.dutchtechzone.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random inputs for {@link Money#parse}: whatever the text, the parser either returns an
 * amount that prints back to itself or throws the documented {@link IllegalArgumentException}
 * quoting the text — never anything else.
 */
class MoneyParserFuzzTest {

  private static final String[] PIECES = {
      "0", "1", "2", "5", "9", "12", "123", "999", ".", ",", "-", "+", "--", ",-", ",--", "€",
      "EUR", " ", "\u00a0", "\u202f", "\t", "e", "E", "x", "١", "０", "'", "=", "00", "000",
      ".000", ",00", ",5"};

  @Test
  void arbitraryTextParsesOrFailsWithTheDocumentedException() {
    Random random = new Random(20230516L);
    int parsed = 0;
    for (int i = 0; i < 50_000; i++) {
      StringBuilder text = new StringBuilder();
      int n = 1 + random.nextInt(8);
      for (int j = 0; j < n; j++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String input = text.toString();
      try {
        Money m = Money.parse(input);
        parsed++;
        assertThat(Money.parse(m.toPlainString())).isEqualTo(m);
        assertThat(Money.parse(m.toDutchString())).isEqualTo(m);
      } catch (IllegalArgumentException e) {
        assertThat(e.getMessage()).contains("'" + input + "'");
      } catch (RuntimeException e) {
        fail("parse('" + input + "') threw " + e, e);
      }
    }
    assertThat(parsed).as("some random texts are amounts").isGreaterThan(1_000);
  }

  @Test
  void everyWellFormedDutchAmountParsesToItsValue() {
    Random random = new Random(42L);
    for (int i = 0; i < 20_000; i++) {
      long cents = random.nextLong() / (1 + random.nextInt(1_000_000));
      Money expected = Money.ofCents(cents);
      String euros = expected.toDutchNumber();
      String variant = random.nextBoolean() ? euros : euros.replace(".", "");
      if (variant.endsWith(",00") && random.nextBoolean()) {
        variant = variant.substring(0, variant.length() - 3) + ",--";
      }
      String withSign = random.nextBoolean() ? "€ " + variant : variant;
      assertThat(Money.parse(withSign)).as(withSign).isEqualTo(expected);
    }
  }
}
