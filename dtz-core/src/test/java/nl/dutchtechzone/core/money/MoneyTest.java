package nl.dutchtechzone.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MoneyTest {

  private static final Quantity SUM = Quantity.of(Money.class, "sum");

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "€ 289.467,21 | 28946721",
      "€ 1.400.000,-- | 140000000",
      "€ 1,-- | 100",
      "€ 1,- | 100",
      "€ 1,00 | 100",
      "130.500,00 | 13050000",
      "130500,00 | 13050000",
      "261.089,00 | 26108900",
      "€289.467,21 | 28946721",
      "EUR 5,5 | 550",
      "-€ 5,00 | -500",
      "€ -5,00 | -500",
      "0,01 | 1",
      "289467.21 | 28946721",
      "289467 | 28946700",
      "-0.05 | -5",
      "+12.3 | 1230",
      "'  42.00  ' | 4200",
  })
  void parsesDutchAndPlainNotation(String text, long cents) {
    assertThat(Money.parse(text).cents()).isEqualTo(cents);
  }

  @Test
  void parsesNonBreakingSpaceAfterEuroSign() {
    assertThat(Money.parse("€\u00a0289.467,21")).isEqualTo(Money.ofCents(28946721));
  }

  @ParameterizedTest
  @ValueSource(strings = {"289467.215", "1,234", "€ 0,001", "1.400"})
  void rejectsMoreThanTwoDecimalsQuotingTheInput(String text) {
    assertThatThrownBy(() -> Money.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'")
        .hasMessageContaining("more than two decimals");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "€", "12,34,56", "1.40.000,00", "1..0", "--5", "- € -5,00",
      "5 euro", "1e3", "€ 1.000.00", ".5", "0x10", "١٢٣"})
  void rejectsMalformedTextQuotingTheInput(String text) {
    assertThatThrownBy(() -> Money.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void rejectsEmptyText(String text) {
    assertThatThrownBy(() -> Money.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be empty");
  }

  @Test
  void rejectsAmountsBeyondLongCents() {
    assertThatThrownBy(() -> Money.parse("999999999999999999999"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too large");
    assertThatThrownBy(() -> Money.of(new BigDecimal("1e30")))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void printsDutchAndPlainNotation() {
    Money m = Money.ofCents(28946721);
    assertThat(m.toPlainString()).isEqualTo("289467.21");
    assertThat(m.toDutchNumber()).isEqualTo("289.467,21");
    assertThat(m.toDutchString()).isEqualTo("€ 289.467,21");
    assertThat(Money.ofEuros(1_400_000).toDutchString()).isEqualTo("€ 1.400.000,00");
    assertThat(Money.ofCents(-5).toDutchString()).isEqualTo("€ -0,05");
    assertThat(Money.ofCents(-5).toPlainString()).isEqualTo("-0.05");
    assertThat(Money.ZERO.toDutchNumber()).isEqualTo("0,00");
    assertThat(Money.ofCents(100_000).toDutchNumber()).isEqualTo("1.000,00");
    assertThat(Money.ofCents(99_999).toDutchNumber()).isEqualTo("999,99");
    assertThat(Money.ofCents(Long.MIN_VALUE).toDutchNumber())
        .isEqualTo("-92.233.720.368.547.758,08");
    assertThat(Money.ofCents(12).toString()).isEqualTo("EUR 0.12");
  }

  @Test
  void equalityIgnoresScale() {
    new EqualsTester()
        .addEqualityGroup(Money.of(new BigDecimal("2.0")), Money.of(new BigDecimal("2.00")),
            Money.of(new BigDecimal("2")), Money.ofCents(200), Money.parse("€ 2,--"),
            Money.ofEuros(2))
        .addEqualityGroup(Money.ZERO, Money.of(new BigDecimal("0.000")), Money.zero())
        .addEqualityGroup(Money.ofCents(-200))
        .addEqualityGroup(Money.ofCents(201))
        .testEquals();
    assertThat(Money.of(new BigDecimal("2.0")).compareTo(Money.ofCents(200))).isZero();
  }

  @Test
  void ofRejectsFractionsOfACentUnlessRounded() {
    assertThatThrownBy(() -> Money.of(new BigDecimal("0.005")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0.005")
        .hasMessageContaining("at most two decimals");
    assertThat(Money.of(new BigDecimal("0.005"), RoundingMode.HALF_UP)).isEqualTo(Money.ofCents(1));
    assertThat(Money.of(new BigDecimal("0.005"), RoundingMode.HALF_EVEN)).isEqualTo(Money.ZERO);
    assertThat(Money.of(new BigDecimal("-0.005"), RoundingMode.HALF_UP))
        .isEqualTo(Money.ofCents(-1));
  }

  @Test
  void arithmeticIsExact() {
    Money a = Money.parse("130.500,00");
    Money b = Money.parse("261.089,00");
    Money spent = Money.parse("289.467,21");
    assertThat(a.plus(b).minus(spent)).isEqualTo(Money.parse("102.121,79"));
    assertThat(Money.sum(List.of(Money.parse("223.573,30"), Money.parse("34.877,25"),
        Money.parse("31.016,66")))).isEqualTo(spent);
    assertThat(Money.sum(List.of())).isEqualTo(Money.ZERO);
    assertThat(Money.ofCents(333).multipliedBy(3)).isEqualTo(Money.ofCents(999));
    assertThat(Money.ofEuros(1).multipliedBy(new BigDecimal("0.333"), RoundingMode.HALF_UP))
        .isEqualTo(Money.ofCents(33));
    assertThat(Money.ofEuros(10).dividedBy(3, RoundingMode.HALF_UP))
        .isEqualTo(Money.ofCents(333));
    assertThat(Money.ofEuros(10).dividedBy(3, RoundingMode.UP)).isEqualTo(Money.ofCents(334));
    assertThat(Money.ofCents(-7).abs()).isEqualTo(Money.ofCents(7));
    assertThat(Money.ofCents(7).negated()).isEqualTo(Money.ofCents(-7));
    assertThat(Money.ofCents(-7).signum()).isEqualTo(-1);
    assertThat(Money.ofCents(7).isGreaterThan(Money.ofCents(6))).isTrue();
    assertThat(Money.ofCents(7).isLessThan(Money.ofCents(6))).isFalse();
    assertThat(Money.ZERO.isZero()).isTrue();
    assertThat(Money.ofCents(1).isPositive()).isTrue();
    assertThat(Money.ofCents(-1).isNegative()).isTrue();
    assertThat(Money.ofCents(28946721).amount()).isEqualByComparingTo("289467.21")
        .satisfies(d -> assertThat(d.scale()).isEqualTo(2));
  }

  @Test
  void overflowFailsInsteadOfWrapping() {
    Money max = Money.ofCents(Long.MAX_VALUE);
    assertThatThrownBy(() -> max.plus(Money.ofCents(1))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.ofCents(Long.MIN_VALUE).minus(Money.ofCents(1)))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> max.multipliedBy(2)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.ofCents(Long.MIN_VALUE).negated())
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.ofEuros(Long.MAX_VALUE / 10))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void overflowIsAMoneyOverflowExceptionNamingWhatOverflowed() {
    Money max = Money.MAX;
    assertThat(max.cents()).isEqualTo(Long.MAX_VALUE);
    assertThat(Money.MIN.cents()).isEqualTo(Long.MIN_VALUE);
    assertThatThrownBy(() -> max.plus(Money.ofCents(1)))
        .isInstanceOf(MoneyOverflowException.class)
        .hasMessage("EUR 92233720368547758.07 + EUR 0.01 is too large: it overflows the range"
            + " Money holds, EUR -92233720368547758.08 to EUR 92233720368547758.07");
    assertThatThrownBy(() -> Money.MIN.minus(Money.ofCents(1)))
        .isInstanceOf(MoneyOverflowException.class)
        .hasMessageStartingWith("EUR -92233720368547758.08 - EUR 0.01 is too large");
    assertThatThrownBy(() -> Money.ofCents(Long.MIN_VALUE / 2 - 1).multipliedBy(2))
        .isInstanceOf(MoneyOverflowException.class);
    assertThatThrownBy(() -> Money.MIN.dividedBy(-1, RoundingMode.HALF_UP))
        .isInstanceOf(MoneyOverflowException.class);
    assertThatThrownBy(() -> Money.MIN.abs()).isInstanceOf(MoneyOverflowException.class);
    assertThatThrownBy(() -> Money.ofEuros(Long.MIN_VALUE / 100 - 1))
        .isInstanceOf(MoneyOverflowException.class)
        .hasMessageStartingWith("Money amount of -92233720368547759 euros is too large");
    assertThat(Money.ofEuros(Long.MAX_VALUE / 100).cents()).isEqualTo(Long.MAX_VALUE / 100 * 100);
    assertThat(Money.ofEuros(Long.MIN_VALUE / 100).cents()).isEqualTo(Long.MIN_VALUE / 100 * 100);
    assertThatThrownBy(() -> Money.ofEuros(Long.MAX_VALUE / 100 + 1))
        .isInstanceOf(MoneyOverflowException.class);
    assertThat(Money.ofCents(Long.MIN_VALUE / 2).multipliedBy(2)).isEqualTo(Money.MIN);
  }

  @Test
  void aNamedSumSaysWhatOverflowed() {
    MoneyOverflowException e = org.junit.jupiter.api.Assertions.assertThrows(
        MoneyOverflowException.class, () -> Money.sum(
            List.of(Money.MAX, Money.ofCents(2), Money.ofCents(-1)),
            Quantity.of(Money.class, "budget.spending", 2023)));
    assertThat(e.quantity()).isEqualTo(Quantity.of(Money.class, "budget.spending", 2023));
    assertThat(e.quantity().text(Locale.ROOT)).isEqualTo("total spending of budget 2023");
    assertThat(e).hasMessageStartingWith("total spending of budget 2023 is too large: it"
        + " overflows the range Money holds");
    assertThatThrownBy(() -> Money.sum(List.of(Money.MIN, Money.ofCents(-1))))
        .isInstanceOf(MoneyOverflowException.class).hasMessageStartingWith("sum of amounts");
    assertThat(Money.sum(List.of(Money.MAX, Money.MIN), SUM)).isEqualTo(Money.ofCents(-1));
    // Exact whatever the order: partial sums may leave the range if the total comes back.
    assertThat(Money.sum(List.of(Money.MAX, Money.ofCents(1), Money.ofCents(-2)), SUM))
        .isEqualTo(Money.ofCents(Long.MAX_VALUE - 1));
    assertThat(Money.sum(List.of(Money.MIN, Money.MIN, Money.MAX, Money.MAX), SUM))
        .isEqualTo(Money.ofCents(-2));
  }

  @Test
  void anExactSumChainsAndComesBackIntoRange() {
    ExactSum sum = new ExactSum().add(Money.MAX).addCents(1).subtract(Money.ofCents(2));
    assertThat(sum.fits()).isTrue();
    assertThat(sum.total(SUM)).isEqualTo(Money.ofCents(Long.MAX_VALUE - 1));
    ExactSum under = new ExactSum().subtract(Money.MAX).subtract(Money.ofCents(2));
    assertThat(under.fits()).isFalse();
    assertThatThrownBy(() -> under.total(SUM)).isInstanceOf(MoneyOverflowException.class)
        .hasMessageStartingWith("sum of amounts is too large");
    assertThat(under.addCents(2).fits()).isTrue();
    assertThat(new ExactSum().subtract(Money.MIN).fits()).isFalse();
    assertThat(new ExactSum().subtract(Money.MIN).add(Money.MIN).total(SUM)).isEqualTo(Money.ZERO);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "EUR 0.12 | 12",
      "EUR 289467.21 | 28946721",
      "EUR -0.05 | -5",
      "-EUR 0.05 | -5",
      "EUR 7 | 700",
      "EUR 1.400 | 140000",
      "EUR 1.400.000,-- | 140000000",
  })
  void readsWhatToStringWrites(String text, long cents) {
    assertThat(Money.parse(text).cents()).isEqualTo(cents);
  }

  @ParameterizedTest
  @ValueSource(strings = {"EUR 0.123", "EUR -+1.00", "- EUR -1.00", "EUR 1.00.00", "EUR .5"})
  void rejectsMalformedEuroPlainText(String text) {
    assertThatThrownBy(() -> Money.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @Test
  void divisionByZeroIsRejected() {
    assertThatThrownBy(() -> Money.ofEuros(1).dividedBy(0, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("divisor");
  }
}
