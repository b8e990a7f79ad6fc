package nl.dutchtechzone.reporting.tracking;

import static nl.dutchtechzone.reporting.tracking.Fixtures.STAFF;
import static nl.dutchtechzone.reporting.tracking.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import nl.dutchtechzone.core.money.Money;

class BudgetVariancePropertyTest {

  @Property
  void varianceIsExactlyActualMinusBudgetInCents(
      @ForAll @LongRange(min = 0, max = 100_000_000_00L) long plannedCents,
      @ForAll @LongRange(min = 0, max = 100_000_000_00L) long actualCents) {
    BudgetVariance v = BudgetVariance.builder().year(2023).categoryId(STAFF)
        .categoryName(text("staff")).planned(Money.ofCents(plannedCents))
        .actual(Money.ofCents(actualCents)).build();
    assertThat(v.variance()).contains(Money.ofCents(actualCents - plannedCents));
    assertThat(v.currentBudget().orElseThrow().plus(v.variance().orElseThrow()))
        .isEqualTo(Money.ofCents(actualCents));
    Optional<BigDecimal> percent = v.variancePercent();
    assertThat(percent.isPresent()).isEqualTo(plannedCents != 0);
    percent.ifPresent(p -> assertThat(p.scale()).isEqualTo(2));
  }
}
