package nl.dutchtechzone.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class MoneyPropertiesTest {

  private static final long BOUND = 1_000_000_000_000_000L;

  @Property
  void additionIsCommutativeAndAssociative(
      @ForAll @LongRange(min = -BOUND, max = BOUND) long a,
      @ForAll @LongRange(min = -BOUND, max = BOUND) long b,
      @ForAll @LongRange(min = -BOUND, max = BOUND) long c) {
    Money x = Money.ofCents(a);
    Money y = Money.ofCents(b);
    Money z = Money.ofCents(c);
    assertThat(x.plus(y)).isEqualTo(y.plus(x));
    assertThat(x.plus(y).plus(z)).isEqualTo(x.plus(y.plus(z)));
    assertThat(x.plus(Money.ZERO)).isEqualTo(x);
  }

  @Property
  void subtractionUndoesAddition(
      @ForAll @LongRange(min = -BOUND, max = BOUND) long a,
      @ForAll @LongRange(min = -BOUND, max = BOUND) long b) {
    Money x = Money.ofCents(a);
    Money y = Money.ofCents(b);
    assertThat(x.plus(y).minus(y)).isEqualTo(x);
    assertThat(x.minus(x)).isEqualTo(Money.ZERO);
    assertThat(x.minus(y)).isEqualTo(x.plus(y.negated()));
  }

  @Property
  void plainAndDutchNotationRoundTrip(@ForAll long cents) {
    Money m = Money.ofCents(cents);
    assertThat(Money.parse(m.toPlainString())).isEqualTo(m);
    assertThat(Money.parse(m.toDutchString())).isEqualTo(m);
    assertThat(Money.parse(m.toDutchNumber())).isEqualTo(m);
    assertThat(Money.of(m.amount())).isEqualTo(m);
  }

  @Property
  void orderingAgreesWithCentsAndEquality(@ForAll long a, @ForAll long b) {
    Money x = Money.ofCents(a);
    Money y = Money.ofCents(b);
    assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Long.signum(Long.compare(a, b)));
    assertThat(x.equals(y)).isEqualTo(x.compareTo(y) == 0);
    assertThat(x.equals(y)).isEqualTo(x.amount().compareTo(y.amount()) == 0);
  }

  @Property
  void multiplicationRoundsToTheNearestCent(
      @ForAll @LongRange(min = -BOUND / 1000, max = BOUND / 1000) long cents,
      @ForAll @LongRange(min = -100_000, max = 100_000) long factorThousandths) {
    Money m = Money.ofCents(cents);
    BigDecimal factor = BigDecimal.valueOf(factorThousandths, 3);
    Money product = m.multipliedBy(factor, RoundingMode.HALF_UP);
    BigDecimal exact = m.amount().multiply(factor);
    assertThat(product.amount().subtract(exact).abs())
        .isLessThanOrEqualTo(new BigDecimal("0.005"));
  }
}
