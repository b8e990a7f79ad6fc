package nl.dutchtechzone.finance.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import nl.dutchtechzone.core.MunicipalityCode;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.finance.testing.Illustrative;
import org.junit.jupiter.api.Test;

class SettlementTest {

  static ContributionLine line(String id, String code, long inhabitants, FigureStatus status) {
    return ContributionLine.builder().partnerId(id).name(id).cbsCode(MunicipalityCode.of(code))
        .referenceDate(LocalDate.of(2023, 1, 1)).inhabitants(inhabitants)
        .rate(new BigDecimal("1.00")).amount(Money.ofEuros(inhabitants)).figureStatus(status)
        .figureSource(Illustrative.SOURCE).build();
  }

  static ContributionStatement statement(BudgetStatus status, ContributionLine... lines) {
    return ContributionStatement.builder().programmeId("dtz").year(2023)
        .referenceDate(LocalDate.of(2023, 1, 1)).status(status).rounding(RoundingMode.HALF_UP)
        .addLines(lines).build();
  }

  @Test
  void saysWhatEachMunicipalityStillOwesOrGetsBack() {
    ContributionStatement estimate = statement(BudgetStatus.ESTIMATE,
        line("emmen", "GM0114", 107_000, FigureStatus.PROVISIONAL),
        line("coevorden", "GM0109", 35_300, FigureStatus.PROVISIONAL));
    ContributionStatement fin = statement(BudgetStatus.FINAL,
        line("emmen", "GM0114", 107_050, FigureStatus.FINAL),
        line("coevorden", "GM0109", 35_290, FigureStatus.FINAL));

    Settlement s = Settlement.between(estimate, fin);

    assertThat(s.programmeId()).isEqualTo("dtz");
    assertThat(s.year()).isEqualTo(2023);
    assertThat(s.lines()).extracting(SettlementLine::partnerId)
        .containsExactly("coevorden", "emmen");
    SettlementLine coevorden = s.lines().get(0);
    assertThat(coevorden.estimated()).isEqualTo(Money.ofEuros(35_300));
    assertThat(coevorden.settled()).isEqualTo(Money.ofEuros(35_290));
    assertThat(coevorden.difference()).isEqualTo(Money.ofEuros(-10));
    assertThat(s.lines().get(1).difference()).isEqualTo(Money.ofEuros(50));
    assertThat(s.total()).isEqualTo(Money.ofEuros(40));
    assertThat(s.estimateTotal()).isEqualTo(Money.ofEuros(142_300));
    assertThat(s.finalTotal()).isEqualTo(Money.ofEuros(142_340));
  }

  @Test
  void settlesAMunicipalityOnOnlyOneStatementAgainstZero() {
    ContributionStatement estimate = statement(BudgetStatus.ESTIMATE,
        line("emmen", "GM0114", 100, FigureStatus.PROVISIONAL));
    ContributionStatement fin = statement(BudgetStatus.FINAL,
        line("borger-odoorn", "GM1681", 20, FigureStatus.FINAL));
    Settlement s = Settlement.between(estimate, fin);
    assertThat(s.lines()).extracting(SettlementLine::partnerId, SettlementLine::difference)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("borger-odoorn", Money.ofEuros(20)),
            org.assertj.core.groups.Tuple.tuple("emmen", Money.ofEuros(-100)));
  }

  @Test
  void rejectsStatementsThatDoNotBelongTogether() {
    ContributionStatement estimate = statement(BudgetStatus.ESTIMATE);
    ContributionStatement fin = statement(BudgetStatus.FINAL);
    assertThatThrownBy(() -> Settlement.between(estimate, estimate))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FINAL")
        .hasMessageContaining("ESTIMATE");
    assertThatThrownBy(() -> Settlement.between(estimate,
        ContributionStatement.builder().from(fin).year(2024).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2023")
        .hasMessageContaining("2024");
    assertThatThrownBy(() -> Settlement.between(estimate,
        ContributionStatement.builder().from(fin).programmeId("other").build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other");
    ContributionLine emmen = line("emmen", "GM0114", 1, FigureStatus.FINAL);
    assertThatThrownBy(() -> Settlement.between(estimate,
        statement(BudgetStatus.FINAL, emmen, emmen)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("emmen")
        .hasMessageContaining("finalStatement");
  }

  @Property
  void linesSumToTheDifferenceOfTheTotals(
      @ForAll @Size(max = 6) Map<@IntRange(min = 0, max = 9) Integer,
          @IntRange(min = 0, max = 200_000) Integer> before,
      @ForAll @Size(max = 6) Map<@IntRange(min = 0, max = 9) Integer,
          @IntRange(min = 0, max = 200_000) Integer> after) {
    ContributionStatement estimate = statement(BudgetStatus.ESTIMATE, lines(before));
    ContributionStatement fin = statement(BudgetStatus.FINAL, lines(after));
    Settlement s = Settlement.between(estimate, fin);
    assertThat(s.total()).isEqualTo(fin.total().minus(estimate.total()));
    assertThat(Money.sum(s.lines().stream().map(SettlementLine::settled).toList()))
        .isEqualTo(fin.total());
    assertThat(s.lines()).hasSizeLessThanOrEqualTo(before.size() + after.size());
  }

  private static ContributionLine[] lines(Map<Integer, Integer> m) {
    List<ContributionLine> out = new ArrayList<>();
    m.forEach((k, n) -> out.add(line("m" + k, String.format("GM%04d", k), n,
        FigureStatus.FINAL)));
    return out.toArray(new ContributionLine[0]);
  }
}
