package nl.dutchtechzone.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import nl.dutchtechzone.core.money.Money;
import org.junit.jupiter.api.Test;

class AmountsTest {

  @Test
  void formatsEnglishWithCommaGroupingAndPointDecimals() {
    assertThat(Amounts.format(Money.parse("1400000.00"), Locale.ENGLISH))
        .isEqualTo("€ 1,400,000.00");
    assertThat(Amounts.format(Money.ofCents(-5), Locale.ENGLISH)).isEqualTo("€ -0.05");
  }

  @Test
  void formatsDutchWithPointGroupingAndCommaDecimals() {
    assertThat(Amounts.format(Money.parse("102121.79"), Locale.forLanguageTag("nl")))
        .isEqualTo("€ 102.121,79");
  }
}
