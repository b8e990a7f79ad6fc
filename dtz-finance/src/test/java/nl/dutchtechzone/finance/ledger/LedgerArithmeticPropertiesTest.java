package nl.dutchtechzone.finance.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.money.MoneyOverflowException;

/** The ledger's arithmetic is exact over the whole range of Money, or names what overflowed. */
class LedgerArithmeticPropertiesTest {

  private static BigInteger big(long cents) {
    return BigInteger.valueOf(cents);
  }

  private static boolean fits(BigInteger v) {
    return v.bitLength() < Long.SIZE;
  }

  @Property
  void theClosingBalanceIsExactOrNamesTheYear(@ForAll long cf, @ForAll long income,
      @ForAll long spending) {
    BigInteger exact = big(cf).add(big(income)).subtract(big(spending));
    if (fits(exact)) {
      YearBalance b = YearBalance.rolled(2022, Money.ofCents(cf), Money.ofCents(income),
          Money.ofCents(spending));
      assertThat(b.closing().cents()).isEqualTo(exact.longValueExact());
      assertThat(b.isConsistent()).isTrue();
    } else {
      assertThatThrownBy(() -> YearBalance.rolled(2022, Money.ofCents(cf), Money.ofCents(income),
          Money.ofCents(spending)))
          .isInstanceOf(MoneyOverflowException.class)
          .hasMessageStartingWith("closing balance of 2022");
    }
  }

  @Property
  void aChainBreaksDifferenceIsCarriedForwardMinusClosing(@ForAll long closing,
      @ForAll long carriedForward) {
    ChainBreak br = ChainBreak.of(2021, 2022, Money.ofCents(closing),
        Money.ofCents(carriedForward));
    BigInteger exact = big(carriedForward).subtract(big(closing));
    if (fits(exact)) {
      assertThat(br.difference().cents()).isEqualTo(exact.longValueExact());
      assertThat(Money.ofCents(closing).plus(br.difference()))
          .isEqualTo(Money.ofCents(carriedForward));
    } else {
      assertThatThrownBy(br::difference).isInstanceOf(MoneyOverflowException.class);
    }
  }

  @Property
  void aFundsAvailableBalanceIsExactOrOverflowsNamingTheFund(@ForAll long budget,
      @ForAll long commitments, @ForAll long releases, @ForAll long reallocations) {
    FundBalance f = FundBalance.of(Money.ofCents(budget), Money.ofCents(commitments),
        Money.ofCents(releases), Money.ofCents(reallocations));
    BigInteger exact = big(budget).subtract(big(commitments)).add(big(releases))
        .subtract(big(reallocations));
    if (fits(exact)) {
      assertThat(f.available().cents()).isEqualTo(exact.longValueExact());
    } else {
      assertThatThrownBy(f::available).isInstanceOf(MoneyOverflowException.class)
          .hasMessageContaining("available balance of the fund");
    }
  }
}
