package nl.dutchtechzone.finance.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import nl.dutchtechzone.core.PartnerKind;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.finance.reference.ReferenceScheme;
import org.junit.jupiter.api.Test;

class ContributionSchemeTest {

  @Test
  void dtzSchemeIsOneEuroPerInhabitantOnFirstJanuaryHalfUp() {
    ContributionScheme dtz = ReferenceScheme.dutchTechZone();
    assertThat(dtz.ratePerInhabitant()).isEqualByComparingTo("1.00");
    assertThat(dtz.rounding()).isEqualTo(RoundingMode.HALF_UP);
    assertThat(dtz.referenceDay()).isEqualTo(MonthDay.of(1, 1));
    assertThat(dtz.payerKind()).isEqualTo(PartnerKind.MUNICIPALITY);
    assertThat(dtz.referenceDate(2023)).isEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(dtz.contribution(107_024)).isEqualTo(Money.parse("107024.00"));
  }

  @Test
  void takesTheRateTheProgrammeStates() {
    ContributionScheme scheme =
        ContributionScheme.of(DutchTechZone.programme(), RoundingMode.HALF_UP);
    assertThat(scheme.ratePerInhabitant()).isEqualByComparingTo("1.00");
    assertThat(scheme.contribution(3)).isEqualTo(Money.ofEuros(3));
  }

  @Test
  void rejectsAProgrammeWithoutRate() {
    Programme noRate = Programme.builder().from(DutchTechZone.programme())
        .contributionPerInhabitant(java.util.Optional.empty()).build();
    assertThatThrownBy(() -> ContributionScheme.of(noRate, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dtz").hasMessageContaining("contributionPerInhabitant");
  }

  @Test
  void anyRateWorksAndTheNamedRoundingDecidesTheCents() {
    ContributionScheme half = ContributionScheme.perInhabitant(new BigDecimal("0.50"),
        RoundingMode.HALF_UP);
    assertThat(half.contribution(35_317)).isEqualTo(Money.parse("17658.50"));
    ContributionScheme eighth = ContributionScheme.perInhabitant(new BigDecimal("0.125"),
        RoundingMode.HALF_UP);
    assertThat(eighth.contribution(3)).isEqualTo(Money.parse("0.38"));
    ContributionScheme eighthDown = ContributionScheme.perInhabitant(new BigDecimal("0.125"),
        RoundingMode.HALF_DOWN);
    assertThat(eighthDown.contribution(3)).isEqualTo(Money.parse("0.37"));
    assertThat(eighth.contribution(0)).isEqualTo(Money.ZERO);
  }

  @Test
  void rejectsNegativeRateAndNegativeInhabitants() {
    assertThatThrownBy(() -> ContributionScheme.perInhabitant(new BigDecimal("-0.01"),
        RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ratePerInhabitant").hasMessageContaining("-0.01");
    assertThatThrownBy(() -> ReferenceScheme.dutchTechZone().contribution(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    assertThat(ContributionScheme.perInhabitant(BigDecimal.ZERO, RoundingMode.HALF_UP)
        .contribution(5)).isEqualTo(Money.ZERO);
  }

  @Test
  void rejectsAnOutOfRangeYear() {
    assertThatThrownBy(() -> ReferenceScheme.dutchTechZone().referenceDate(1800))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1800");
  }

  @Test
  void isNullPointerClean() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Programme.class, DutchTechZone.programme());
    tester.testAllPublicStaticMethods(ContributionScheme.class);
    tester.testAllPublicInstanceMethods(ReferenceScheme.dutchTechZone());
  }

  @net.jqwik.api.Property(tries = 3000)
  void contributionIsRateTimesInhabitantsRoundedOnceWhateverTheRatesDecimals(
      @net.jqwik.api.ForAll @net.jqwik.api.constraints.LongRange(min = 0,
          max = 100_000_000_000L) long rateUnscaled,
      @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = -2, max = 5) int scale,
      @net.jqwik.api.ForAll @net.jqwik.api.constraints.LongRange(min = 0,
          max = Long.MAX_VALUE) long inhabitants,
      @net.jqwik.api.ForAll RoundingMode rounding) {
    // Whole-cent rates (scale <= 2, or trailing zeros) take a long fast path; the result must be
    // what the definition gives, including the same exception when it does not fit in cents.
    net.jqwik.api.Assume.that(rounding != RoundingMode.UNNECESSARY);
    BigDecimal rate = BigDecimal.valueOf(rateUnscaled, scale);
    ContributionScheme scheme = ContributionScheme.perInhabitant(rate, rounding);
    BigDecimal exact = rate.multiply(BigDecimal.valueOf(inhabitants));
    BigDecimal cents = exact.setScale(2, rounding).movePointRight(2);
    if (cents.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      assertThatThrownBy(() -> scheme.contribution(inhabitants))
          .isInstanceOf(ArithmeticException.class).hasMessageContaining("too large");
    } else {
      assertThat(scheme.contribution(inhabitants).cents()).isEqualTo(cents.longValueExact());
    }
  }

  @Test
  void wholeCentRatesWithTrailingZerosOrBeyondALongFallBackToTheExactDefinition() {
    ContributionScheme trailing = ContributionScheme.perInhabitant(new BigDecimal("1.000"),
        RoundingMode.UNNECESSARY);
    assertThat(trailing.contribution(107_024)).isEqualTo(Money.parse("107024.00"));
    ContributionScheme huge = ContributionScheme.perInhabitant(new BigDecimal("1E+18"),
        RoundingMode.HALF_UP);
    assertThat(huge.contribution(0)).isEqualTo(Money.ZERO);
    assertThatThrownBy(() -> huge.contribution(1)).isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("too large");
    ContributionScheme max = ContributionScheme.perInhabitant(
        BigDecimal.valueOf(Long.MAX_VALUE, 2), RoundingMode.HALF_UP);
    assertThat(max.contribution(1).cents()).isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(() -> max.contribution(2)).isInstanceOf(ArithmeticException.class);
  }
}
