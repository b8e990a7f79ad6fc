package nl.dutchtechzone.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
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
    assertThat(Money.parse(m.toString())).isEqualTo(m);
    assertThat(Money.of(m.amount())).isEqualTo(m);
  }

  @Property
  void everyNotationWrittenIsReadBackForSmallAndNegativeAmounts(
      @ForAll @LongRange(min = -1_000_000_00L, max = 1_000_000_00L) long cents) {
    // The full long range above rarely produces amounts below one euro; these cover them.
    Money m = Money.ofCents(cents);
    for (String written : new String[] {m.toString(), m.toPlainString(), m.toDutchString(),
        m.toDutchNumber(), "\u00a0" + m.toString() + " "}) {
      assertThat(Money.parse(written)).as(written).isEqualTo(m);
    }
  }

  @Property
  void exactArithmeticEqualsBigIntegerArithmeticOrOverflowsNamingIt(
      @ForAll long a, @ForAll long b, @ForAll @LongRange(min = -1000, max = 1000) long f) {
    Money x = Money.ofCents(a);
    Money y = Money.ofCents(b);
    checkExact(() -> x.plus(y), BigInteger.valueOf(a).add(BigInteger.valueOf(b)));
    checkExact(() -> x.minus(y), BigInteger.valueOf(a).subtract(BigInteger.valueOf(b)));
    checkExact(() -> x.multipliedBy(f), BigInteger.valueOf(a).multiply(BigInteger.valueOf(f)));
    checkExact(() -> x.negated(), BigInteger.valueOf(a).negate());
    checkExact(() -> Money.sum(java.util.List.of(x, y, x), Quantity.of(Money.class, "sum")),
        BigInteger.valueOf(a).add(BigInteger.valueOf(b)).add(BigInteger.valueOf(a)));
  }

  @Property
  void anExactSumIsTheBigIntegerSumWhateverTheOrder(
      @ForAll java.util.List<@net.jqwik.api.constraints.LongRange(min = Long.MIN_VALUE,
          max = Long.MAX_VALUE) Long> terms, @ForAll boolean subtractLast) {
    ExactSum sum = new ExactSum();
    BigInteger exact = BigInteger.ZERO;
    for (int i = 0; i < terms.size(); i++) {
      long t = terms.get(i);
      if (subtractLast && i == terms.size() - 1) {
        sum.subtract(Money.ofCents(t));
        exact = exact.subtract(BigInteger.valueOf(t));
      } else {
        sum.addCents(t);
        exact = exact.add(BigInteger.valueOf(t));
      }
    }
    assertThat(sum.fits()).isEqualTo(exact.bitLength() < 64);
    checkExact(() -> sum.total(Quantity.of(Money.class, "sum")), exact);
  }

  private static void checkExact(java.util.function.Supplier<Money> op, BigInteger exact) {
    if (exact.bitLength() < 64) {
      assertThat(op.get().cents()).isEqualTo(exact.longValueExact());
    } else {
      org.assertj.core.api.Assertions.assertThatThrownBy(op::get)
          .isInstanceOf(MoneyOverflowException.class)
          .hasMessageContaining("overflows the range Money holds");
    }
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
