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
import org.junit.jupiter.api.Test;

class ContributionSchemeTest {

  @Test
  void dtzSchemeIsOneEuroPerInhabitantOnFirstJanuaryHalfUp() {
    ContributionScheme dtz = ContributionScheme.dtz();
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
    assertThatThrownBy(() -> ContributionScheme.dtz().contribution(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    assertThat(ContributionScheme.perInhabitant(BigDecimal.ZERO, RoundingMode.HALF_UP)
        .contribution(5)).isEqualTo(Money.ZERO);
  }

  @Test
  void rejectsAnOutOfRangeYear() {
    assertThatThrownBy(() -> ContributionScheme.dtz().referenceDate(1800))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1800");
  }

  @Test
  void isNullPointerClean() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Programme.class, DutchTechZone.programme());
    tester.testAllPublicStaticMethods(ContributionScheme.class);
    tester.testAllPublicInstanceMethods(ContributionScheme.dtz());
  }
}
