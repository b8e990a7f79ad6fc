package nl.dutchtechzone.finance.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.StatementLine;
import org.junit.jupiter.api.Test;

class RollForwardTest {

  private static Money eur(String s) {
    return Money.parse(s);
  }

  @Test
  void the2022ReportClosesAt102121_79() {
    YearBalance b = YearBalance.of(DutchTechZone.report2022().statement().orElseThrow());
    assertThat(b.year()).isEqualTo(2022);
    assertThat(b.carriedForward()).isEqualTo(eur("130500.00"));
    assertThat(b.income()).isEqualTo(eur("261089.00"));
    assertThat(b.spending()).isEqualTo(eur("289467.21"));
    assertThat(b.closing()).isEqualTo(eur("102121.79"));
    assertThat(b.expectedClosing()).isEqualTo(eur("102121.79"));
    assertThat(b.isConsistent()).isTrue();
  }

  @Test
  void aStatedClosingThatDoesNotAddUpIsKeptAndFlagged() {
    YearBalance b = YearBalance.of(2022, eur("130500.00"), eur("261089.00"), eur("289467.21"),
        eur("102121.80"));
    assertThat(b.closing()).isEqualTo(eur("102121.80"));
    assertThat(b.expectedClosing()).isEqualTo(eur("102121.79"));
    assertThat(b.isConsistent()).isFalse();
    assertThat(RollForward.of(List.of(b)).inconsistentYears()).containsExactly(b);
    assertThat(RollForward.of(List.of(b)).isUnbroken()).isFalse();
  }

  @Test
  void reportsABreakWithBothFigures() {
    YearBalance y2022 = YearBalance.rolled(2022, eur("130500.00"), eur("261089.00"),
        eur("289467.21"));
    YearBalance y2023 = YearBalance.rolled(2023, eur("102121.00"), eur("250000.00"),
        eur("300000.00"));
    RollForward chain = RollForward.of(List.of(y2023, y2022));

    assertThat(chain.years()).extracting(YearBalance::year).containsExactly(2022, 2023);
    assertThat(chain.breaks()).hasSize(1);
    ChainBreak br = chain.breaks().get(0);
    assertThat(br.fromYear()).isEqualTo(2022);
    assertThat(br.toYear()).isEqualTo(2023);
    assertThat(br.closing()).isEqualTo(eur("102121.79"));
    assertThat(br.carriedForward()).isEqualTo(eur("102121.00"));
    assertThat(br.difference()).isEqualTo(eur("-0.79"));
    assertThat(br.isGap()).isFalse();
    assertThat(chain.isUnbroken()).isFalse();
    assertThat(chain.year(2023)).contains(y2023);
    assertThat(chain.year(2024)).isEmpty();
  }

  @Test
  void anUnbrokenChainHasNoBreaks() {
    YearBalance y2022 = YearBalance.rolled(2022, eur("130500.00"), eur("261089.00"),
        eur("289467.21"));
    YearBalance y2023 = YearBalance.rolled(2023, y2022.closing(), eur("1.00"), eur("2.00"));
    RollForward chain = RollForward.of(List.of(y2022, y2023));
    assertThat(chain.breaks()).isEmpty();
    assertThat(chain.isUnbroken()).isTrue();
  }

  @Test
  void missingYearsAreABreakEvenIfTheAmountsMatch() {
    YearBalance y2022 = YearBalance.rolled(2022, eur("10.00"), eur("0.00"), eur("0.00"));
    YearBalance y2024 = YearBalance.rolled(2024, eur("10.00"), eur("0.00"), eur("0.00"));
    List<ChainBreak> breaks = RollForward.of(List.of(y2022, y2024)).breaks();
    assertThat(breaks).hasSize(1);
    assertThat(breaks.get(0).isGap()).isTrue();
    assertThat(breaks.get(0).difference()).isEqualTo(Money.ZERO);
  }

  @Test
  void buildsTheChainFromStatements() {
    FinancialStatement s2022 = DutchTechZone.report2022().statement().orElseThrow();
    FinancialStatement s2023 = FinancialStatement.builder().year(2023)
        .carriedForward(eur("102121.79"))
        .addIncome(StatementLine.builder().id("i").label(LocalizedText.dutch("i"))
            .amount(eur("1.00")).build())
        .statedSpendingTotal(Money.ZERO).build();
    RollForward chain = RollForward.ofStatements(List.of(s2023, s2022));
    assertThat(chain.isUnbroken()).isTrue();
    assertThat(chain.year(2023).orElseThrow().closing()).isEqualTo(eur("102122.79"));
  }

  @Test
  void rejectsDuplicateYearsAndUnsortedYears() {
    YearBalance a = YearBalance.rolled(2022, Money.ZERO, Money.ZERO, Money.ZERO);
    assertThatThrownBy(() -> RollForward.of(List.of(a, a)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2022");
    YearBalance b = YearBalance.rolled(2023, Money.ZERO, Money.ZERO, Money.ZERO);
    assertThatThrownBy(() -> ImmutableRollForward.builder().addYears(b, a).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sorted");
    assertThatThrownBy(() -> ChainBreak.of(2023, 2023, Money.ZERO, Money.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2023");
    assertThatThrownBy(() -> YearBalance.rolled(1066, Money.ZERO, Money.ZERO, Money.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1066");
  }

  @Test
  void isNullPointerClean() {
    NullPointerTester tester = new NullPointerTester().setDefault(Money.class, Money.ZERO)
        .setDefault(FinancialStatement.class,
            DutchTechZone.report2022().statement().orElseThrow());
    tester.testAllPublicStaticMethods(YearBalance.class);
    tester.testAllPublicStaticMethods(RollForward.class);
  }

  @Property
  void rolledYearsFormAnUnbrokenChainWhoseLastClosingIsTheSumOfFlows(
      @ForAll @LongRange(min = -10_000_000, max = 10_000_000) long start,
      @ForAll @IntRange(min = 1990, max = 2100) int firstYear,
      @ForAll @Size(min = 1, max = 12) List<@LongRange(min = 0, max = 100_000_000) Long> income,
      @ForAll @Size(min = 12, max = 12) List<@LongRange(min = 0, max = 100_000_000) Long> spend) {
    List<YearBalance> years = new ArrayList<>();
    Money carried = Money.ofCents(start);
    long expected = start;
    for (int i = 0; i < income.size(); i++) {
      YearBalance b = YearBalance.rolled(firstYear + i, carried, Money.ofCents(income.get(i)),
          Money.ofCents(spend.get(i)));
      assertThat(b.closing()).isEqualTo(
          b.carriedForward().plus(b.income()).minus(b.spending()));
      years.add(b);
      carried = b.closing();
      expected += income.get(i) - spend.get(i);
    }
    Collections.shuffle(years);
    RollForward chain = RollForward.of(years);
    assertThat(chain.isUnbroken()).isTrue();
    assertThat(chain.years().get(chain.years().size() - 1).closing())
        .isEqualTo(Money.ofCents(expected));
  }

  @Property
  void changingOneCarriedForwardBreaksTheChainExactlyThere(
      @ForAll @Size(min = 2, max = 10) List<@LongRange(min = 0, max = 100_000_000) Long> income,
      @ForAll @IntRange(min = 1, max = 9) int at,
      @ForAll @LongRange(min = 1, max = 1_000) long off) {
    int where = Math.min(at, income.size() - 1);
    List<YearBalance> years = new ArrayList<>();
    Money carried = Money.ZERO;
    for (int i = 0; i < income.size(); i++) {
      Money cf = i == where ? carried.plus(Money.ofCents(off)) : carried;
      YearBalance b = YearBalance.rolled(2000 + i, cf, Money.ofCents(income.get(i)), Money.ZERO);
      years.add(b);
      carried = b.closing();
    }
    List<ChainBreak> breaks = RollForward.of(years).breaks();
    assertThat(breaks).hasSize(1);
    assertThat(breaks.get(0).toYear()).isEqualTo(2000 + where);
    assertThat(breaks.get(0).difference()).isEqualTo(Money.ofCents(off));
  }
}
