package nl.dutchtechzone.finance.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.finance.contribution.ContributionCalculator;
import nl.dutchtechzone.finance.contribution.ContributionScheme;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.contribution.ReferenceInhabitants;
import nl.dutchtechzone.core.reference.DutchTechZone;
import org.junit.jupiter.api.Test;

class LargestRemainderTest {

  private static AllocationKey key(long... weights) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (int i = 0; i < weights.length; i++) {
      m.put("p" + i, weights[i]);
    }
    return AllocationKey.ofCounts(m);
  }

  @Test
  void splitsTenCentsOverThreeEqualPartnersGivingTheExtraCentByPartnerId() {
    Map<String, Money> parts = LargestRemainder.allocate(Money.ofCents(10),
        AllocationKey.equal(List.of("c", "a", "b")));
    assertThat(parts).containsExactly(Map.entry("a", Money.ofCents(4)),
        Map.entry("b", Money.ofCents(3)), Map.entry("c", Money.ofCents(3)));
  }

  @Test
  void givesLeftoverCentsToTheLargestRemaindersNotTheFirstInTheList() {
    // exact shares 1.666.., 3.333..: remainders 2/3 and 1/3
    Map<String, Money> parts = LargestRemainder.allocate(Money.ofCents(5), key(1, 2));
    assertThat(parts).containsExactly(Map.entry("p0", Money.ofCents(2)),
        Map.entry("p1", Money.ofCents(3)));
    Map<String, Money> other = LargestRemainder.allocate(Money.ofCents(7), key(2, 1));
    assertThat(other).containsExactly(Map.entry("p0", Money.ofCents(5)),
        Map.entry("p1", Money.ofCents(2)));
  }

  @Test
  void negativeTotalMirrorsThePositiveOne() {
    Map<String, Money> parts = LargestRemainder.allocate(Money.ofCents(-10),
        AllocationKey.equal(List.of("a", "b", "c")));
    assertThat(parts).containsExactly(Map.entry("a", Money.ofCents(-4)),
        Map.entry("b", Money.ofCents(-3)), Map.entry("c", Money.ofCents(-3)));
  }

  @Test
  void zeroWeightGetsZero() {
    Map<String, Money> parts = LargestRemainder.allocate(Money.ofCents(1), key(0, 1, 0));
    assertThat(parts).containsExactly(Map.entry("p0", Money.ZERO),
        Map.entry("p1", Money.ofCents(1)), Map.entry("p2", Money.ZERO));
  }

  @Test
  void rejectsAnAllZeroKeyAndNegativeOrMissingWeights() {
    assertThatThrownBy(() -> key(0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("all be zero");
    assertThatThrownBy(() -> key(1, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p1")
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> AllocationKey.of(Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    assertThatThrownBy(() -> AllocationKey.of(Map.of("not an id", BigDecimal.ONE)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an id");
  }

  @Test
  void acceptsDecimalWeights() {
    AllocationKey k = AllocationKey.of(Map.of("a", new BigDecimal("0.5"),
        "b", new BigDecimal("1.25")));
    assertThat(k.totalWeight()).isEqualByComparingTo("1.75");
    assertThat(LargestRemainder.allocate(Money.ofEuros(7), k))
        .containsExactly(Map.entry("a", Money.ofEuros(2)), Map.entry("b", Money.ofEuros(5)));
  }

  @Test
  void sharesByInhabitantsOfAContributionStatement() {
    ContributionStatement s = ContributionCalculator
        .of(ContributionScheme.dtz(), ReferenceInhabitants.register())
        .calculate("dtz", 2021, DutchTechZone.programme().municipalitiesIn(2022));
    AllocationKey k = AllocationKey.byInhabitants(s);
    assertThat(k.weights()).containsEntry("emmen", BigDecimal.valueOf(107_024));
    Map<String, Money> parts = LargestRemainder.allocate(Money.parse("289467.21"), k);
    assertThat(Money.sum(parts.values())).isEqualTo(Money.parse("289467.21"));
    // exact shares 39427.33|..., 119479.88|..., 68485.69|..., 62074.30|...; the one cent left
    // goes to Coevorden, whose remainder is largest
    assertThat(parts).containsExactly(Map.entry("coevorden", Money.parse("39427.34")),
        Map.entry("emmen", Money.parse("119479.88")),
        Map.entry("hardenberg", Money.parse("68485.69")),
        Map.entry("hoogeveen", Money.parse("62074.30")));
  }

  @Test
  void rejectsAStatementWithTwoLinesForOnePartner() {
    ContributionStatement s = ContributionCalculator
        .of(ContributionScheme.dtz(), ReferenceInhabitants.register())
        .calculate("dtz", 2021, DutchTechZone.programme().municipalitiesIn(2022));
    ContributionStatement twice = ContributionStatement.builder().from(s)
        .addLines(s.lines().get(0)).build();
    assertThatThrownBy(() -> AllocationKey.byInhabitants(twice))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("coevorden");
  }

  @Test
  void isNullPointerClean() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Money.class, Money.ofCents(1))
        .setDefault(AllocationKey.class, key(1));
    tester.testAllPublicStaticMethods(LargestRemainder.class);
    tester.testAllPublicStaticMethods(AllocationKey.class);
  }

  @Property
  void partsSumExactlyToTheTotal(@ForAll @LongRange(min = -1_000_000_000L,
      max = 1_000_000_000L) long cents,
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 1_000_000) Integer> w) {
    Assume.that(w.stream().anyMatch(x -> x > 0));
    Map<String, Money> parts = LargestRemainder.allocate(Money.ofCents(cents), weights(w));
    assertThat(Money.sum(parts.values())).isEqualTo(Money.ofCents(cents));
  }

  @Property
  void eachPartIsWithinOneCentOfItsExactShare(@ForAll @LongRange(min = -1_000_000_000L,
      max = 1_000_000_000L) long cents,
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 1_000_000) Integer> w) {
    Assume.that(w.stream().anyMatch(x -> x > 0));
    AllocationKey key = weights(w);
    Map<String, Money> parts = LargestRemainder.allocate(Money.ofCents(cents), key);
    BigDecimal total = key.totalWeight();
    parts.forEach((id, part) -> {
      BigDecimal exact = BigDecimal.valueOf(cents).multiply(key.weights().get(id))
          .divide(total, 10, RoundingMode.HALF_EVEN);
      assertThat(BigDecimal.valueOf(part.cents()).subtract(exact).abs())
          .isLessThan(BigDecimal.ONE);
      if (key.weights().get(id).signum() == 0) {
        assertThat(part).isEqualTo(Money.ZERO);
      }
    });
  }

  @Property
  void negativeTotalMirrorsAndOrderDoesNotMatter(@ForAll @LongRange(min = 0,
      max = 1_000_000_000L) long cents,
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 1_000) Integer> w) {
    Assume.that(w.stream().anyMatch(x -> x > 0));
    AllocationKey key = weights(w);
    Map<String, Money> pos = LargestRemainder.allocate(Money.ofCents(cents), key);
    Map<String, Money> neg = LargestRemainder.allocate(Money.ofCents(-cents), key);
    pos.forEach((id, m) -> assertThat(neg.get(id)).isEqualTo(m.negated()));
    Map<String, BigDecimal> reversed = new TreeMap<>(java.util.Comparator.reverseOrder());
    reversed.putAll(key.weights());
    assertThat(LargestRemainder.allocate(Money.ofCents(cents), AllocationKey.of(reversed)))
        .isEqualTo(pos);
  }

  private static AllocationKey weights(List<Integer> w) {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    for (int i = 0; i < w.size(); i++) {
      m.put("p" + i, BigDecimal.valueOf(w.get(i)));
    }
    return AllocationKey.of(m);
  }
}
