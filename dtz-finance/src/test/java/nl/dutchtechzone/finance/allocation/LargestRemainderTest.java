package nl.dutchtechzone.finance.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.BigInteger;
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
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.reference.ReferenceInhabitants;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.finance.reference.ReferenceScheme;
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
        .of(ReferenceScheme.dutchTechZone(), ReferenceInhabitants.register())
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
        .of(ReferenceScheme.dutchTechZone(), ReferenceInhabitants.register())
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

  /**
   * The method as documented, written independently and plainly: exact shares in BigInteger,
   * whole cents first, then one cent each by largest remainder with ties by ascending id.
   */
  private static Map<String, Long> reference(long cents, Map<String, BigDecimal> weights) {
    int scale = weights.values().stream().mapToInt(BigDecimal::scale).max().orElse(0);
    List<String> ids = new java.util.ArrayList<>(new TreeMap<>(weights).keySet());
    BigInteger sum = BigInteger.ZERO;
    for (String id : ids) {
      sum = sum.add(weights.get(id).setScale(scale).unscaledValue());
    }
    BigInteger abs = BigInteger.valueOf(cents).abs();
    Map<String, Long> parts = new TreeMap<>();
    Map<String, BigInteger> remainders = new TreeMap<>();
    long given = 0;
    for (String id : ids) {
      BigInteger[] qr = abs.multiply(weights.get(id).setScale(scale).unscaledValue())
          .divideAndRemainder(sum);
      parts.put(id, qr[0].longValueExact());
      remainders.put(id, qr[1]);
      given += qr[0].longValueExact();
    }
    List<String> byRemainder = new java.util.ArrayList<>(ids);
    byRemainder.sort(java.util.Comparator.comparing((String id) -> remainders.get(id))
        .reversed().thenComparing(java.util.Comparator.naturalOrder()));
    for (int k = 0; k < abs.longValueExact() - given; k++) {
      parts.merge(byRemainder.get(k), 1L, Long::sum);
    }
    parts.replaceAll((id, p) -> cents < 0 ? -p : p);
    return parts;
  }

  private static Map<String, Long> cents(Map<String, Money> parts) {
    Map<String, Long> m = new TreeMap<>();
    parts.forEach((id, p) -> m.put(id, p.cents()));
    return m;
  }

  @Property(tries = 2000)
  void agreesWithAPlainReferenceImplementation(
      @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long cents,
      @ForAll @Size(min = 1, max = 400) List<@IntRange(min = 0, max = 6) Integer> w,
      @ForAll @IntRange(min = 0, max = 4) int magnitude, @ForAll @IntRange(min = 0,
          max = 3) int scale) {
    // Few distinct weights (0..6) make many equal remainders, so the tie rule is exercised;
    // the magnitude and scale move the key between the long and the BigInteger path.
    Assume.that(w.stream().anyMatch(x -> x > 0));
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    for (int i = 0; i < w.size(); i++) {
      m.put(String.format(java.util.Locale.ROOT, "p%03d", (i * 7919) % 1000),
          BigDecimal.valueOf(w.get(i)).multiply(BigDecimal.TEN.pow(magnitude * 4))
              .movePointLeft(scale));
    }
    Map<String, Money> parts = LargestRemainder.allocate(Money.ofCents(cents), AllocationKey.of(m));
    assertThat(cents(parts)).isEqualTo(reference(cents, m));
    assertThat(List.copyOf(parts.keySet())).isSorted();
  }

  @Property(tries = 300)
  void scalingEveryWeightByTheSameFactorChangesNothing(
      @ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long cents,
      @ForAll @Size(min = 1, max = 50) List<@IntRange(min = 0, max = 1_000_000) Integer> w) {
    // The factor 10^20 takes cents × weight far past Long.MAX_VALUE: the BigInteger path must
    // give what the long path gives for the unscaled key.
    Assume.that(w.stream().anyMatch(x -> x > 0));
    Map<String, BigDecimal> big = new LinkedHashMap<>();
    weights(w).weights().forEach((id, x) -> big.put(id, x.multiply(BigDecimal.TEN.pow(20))));
    assertThat(LargestRemainder.allocate(Money.ofCents(cents), AllocationKey.of(big)))
        .isEqualTo(LargestRemainder.allocate(Money.ofCents(cents), weights(w)));
  }

  @Test
  void sharesTheLargestAmountsOnTheBigIntegerPath() {
    Map<String, Money> parts = LargestRemainder.allocate(Money.ofCents(Long.MAX_VALUE),
        key(1, 1, 1));
    assertThat(Money.sum(parts.values())).isEqualTo(Money.ofCents(Long.MAX_VALUE));
    assertThat(parts.get("p0").cents()).isEqualTo(Long.MAX_VALUE / 3 + 1);
    assertThat(parts.get("p2").cents()).isEqualTo(Long.MAX_VALUE / 3);
  }

  @Test
  void theResultIsAnUnmodifiableMapInIdOrder() {
    Map<String, Money> parts = LargestRemainder.allocate(Money.ofCents(100), key(1, 3));
    assertThat(parts).containsExactly(Map.entry("p0", Money.ofCents(25)),
        Map.entry("p1", Money.ofCents(75)));
    assertThat(parts).isEqualTo(Map.of("p0", Money.ofCents(25), "p1", Money.ofCents(75)));
    assertThat(parts.hashCode()).isEqualTo(
        Map.of("p0", Money.ofCents(25), "p1", Money.ofCents(75)).hashCode());
    assertThat(parts.get("p0")).isEqualTo(Money.ofCents(25));
    assertThat(parts.get("p2")).isNull();
    assertThat(parts.values().size()).isEqualTo(2);
    assertThat(parts.entrySet().size()).isEqualTo(2);
    assertThat(parts.get(7)).isNull();
    assertThat(parts.containsKey("p1")).isTrue();
    assertThat(parts.containsKey("p")).isFalse();
    assertThat(parts.toString()).isEqualTo("{p0=0.25, p1=0.75}".replace("0.25",
        Money.ofCents(25).toString()).replace("0.75", Money.ofCents(75).toString()));
    assertThatThrownBy(() -> parts.put("p0", Money.ZERO))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> parts.remove("p0"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> parts.entrySet().iterator().next().setValue(Money.ZERO))
        .isInstanceOf(UnsupportedOperationException.class);
    java.util.Iterator<String> it = parts.keySet().iterator();
    it.next();
    assertThatThrownBy(it::remove).isInstanceOf(UnsupportedOperationException.class);
    it.next();
    assertThatThrownBy(it::next).isInstanceOf(java.util.NoSuchElementException.class);
    assertThatThrownBy(parts::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThat(parts.values()).containsExactly(Money.ofCents(25), Money.ofCents(75));
    java.util.Iterator<Money> values = parts.values().iterator();
    values.next();
    assertThatThrownBy(values::remove).isInstanceOf(UnsupportedOperationException.class);
    values.next();
    assertThat(values.hasNext()).isFalse();
    assertThatThrownBy(values::next).isInstanceOf(java.util.NoSuchElementException.class);
    List<String> seen = new java.util.ArrayList<>();
    parts.forEach((id, part) -> seen.add(id + "=" + part.cents()));
    assertThat(seen).containsExactly("p0=25", "p1=75");
    assertThatThrownBy(() -> parts.forEach(null)).isInstanceOf(NullPointerException.class);
  }

  @Property(tries = 2000)
  void selectionFindsWhatSortingFinds(
      @ForAll @Size(min = 1, max = 300) List<@LongRange(min = -5, max = 5) Long> few,
      @ForAll @Size(min = 1, max = 300) List<Long> any, @ForAll @IntRange(min = 0,
          max = 10_000) int at) {
    for (List<Long> values : List.of(few, any)) {
      long[] a = values.stream().mapToLong(Long::longValue).toArray();
      long[] sorted = a.clone();
      java.util.Arrays.sort(sorted);
      int index = at % a.length;
      assertThat(Selection.select(a.clone(), index)).isEqualTo(sorted[index]);
    }
  }

  @Test
  void selectionIsCorrectOnSortedReversedAndOrganPipeInputWithAndWithoutItsSortFallback() {
    long[] ascending = java.util.stream.LongStream.range(0, 10_000).toArray();
    long[] descending = java.util.stream.LongStream.range(0, 10_000).map(x -> 9_999 - x)
        .toArray();
    long[] organPipe = java.util.stream.LongStream.range(0, 10_000)
        .map(x -> x < 5_000 ? x : 9_999 - x).toArray();
    for (long[] a : List.of(ascending, descending, organPipe)) {
      long[] sorted = a.clone();
      java.util.Arrays.sort(sorted);
      for (int index : new int[] {0, 1, 4_999, 5_000, 9_998, 9_999}) {
        assertThat(Selection.select(a.clone(), index)).isEqualTo(sorted[index]);
        for (int rounds = 0; rounds < 3; rounds++) {
          assertThat(Selection.select(a.clone(), index, rounds)).isEqualTo(sorted[index]);
        }
      }
    }
    assertThatThrownBy(() -> Selection.select(new long[3], 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 3");
    assertThatThrownBy(() -> Selection.select(new long[3], -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got -1");
  }

  @Test
  void correctsQuotientEstimatesThatAreTooHighOrTooLow() {
    // When every cents × weight is below 2^53, the fast path estimates cents × weight / sum as
    // cents × weight × (1 / sum) in doubles. An estimate can only land on the wrong side of an
    // integer when the product is between 2^52 and 2^53 and a multiple of the sum or just below
    // or above one (product ≡ 0, -1 or +1 mod sum). Construct such totals for keys {w, sum - w}
    // with w the larger weight, and check that the parts are still the exact ones.
    boolean high = false;
    boolean low = false;
    java.util.Random random = new java.util.Random(20261127L);
    for (int attempt = 0; attempt < 100_000 && !(high && low); attempt++) {
      long sum = BigInteger.valueOf(1_000_000L + random.nextInt(49_000_000)).nextProbablePrime()
          .longValueExact();
      long w = sum / 2 + 1 + random.nextInt((int) (sum / 2 - 1));
      BigInteger inverse = BigInteger.valueOf(w).modInverse(BigInteger.valueOf(sum));
      int side = random.nextInt(3);
      long residue = side == 0 ? 0 : (side == 1 ? inverse.negate() : inverse)
          .mod(BigInteger.valueOf(sum)).longValueExact();
      long lowest = ((1L << 52) + w - 1) / w;
      long cents = lowest + Math.floorMod(residue - lowest, sum);
      long product = cents * w;
      if (product >= (1L << 53)) {
        continue;
      }
      long estimate = (long) (product * (1.0 / sum));
      long exact = product / sum;
      if (estimate == exact || (estimate > exact ? high : low)) {
        continue;
      }
      high |= estimate > exact;
      low |= estimate < exact;
      Map<String, BigDecimal> m = Map.of("a", BigDecimal.valueOf(w), "b",
          BigDecimal.valueOf(sum - w));
      assertThat(cents(LargestRemainder.allocate(Money.ofCents(cents), AllocationKey.of(m))))
          .isEqualTo(reference(cents, m));
    }
    assertThat(high).as("found an estimate above the quotient").isTrue();
    assertThat(low).as("found an estimate below the quotient").isTrue();
  }

}
