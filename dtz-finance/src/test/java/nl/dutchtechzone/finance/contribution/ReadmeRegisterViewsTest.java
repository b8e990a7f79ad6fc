package nl.dutchtechzone.finance.contribution;

import static nl.dutchtechzone.finance.testing.Illustrative.figure;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.finance.reference.ReferenceScheme;
import org.junit.jupiter.api.Test;

/**
 * The README's example of one register giving both the estimate and the final statement (issue
 * 11.6), run here, and quoted verbatim by the README. The figures are illustrative test data.
 */
class ReadmeRegisterViewsTest {

  private static final Path SOURCE = Path.of("src/test/java/nl/dutchtechzone/finance/"
      + "contribution/ReadmeRegisterViewsTest.java");
  private static final Path README = Path.of("../README.md");

  @Test
  void oneRegisterGivesTheEstimateTheFinalStatementAndTheirSettlement() {
    List<InhabitantFigure> figures = List.of(
        figure("GM0114", "Emmen", 2023, 107_000, FigureStatus.PROVISIONAL),
        figure("GM0114", "Emmen", 2023, 107_031, FigureStatus.FINAL),
        figure("GM0109", "Coevorden", 2023, 35_300, FigureStatus.PROVISIONAL),
        figure("GM0109", "Coevorden", 2023, 35_290, FigureStatus.FINAL));
    List<Partner> payers = List.of(Partner.municipality("emmen", "Emmen", "GM0114"),
        Partner.municipality("coevorden", "Coevorden", "GM0109"));
    // README:register-views begin
    InhabitantRegister register = InhabitantRegister.of(figures); // provisional and final
    ContributionCalculator calculator =
        ContributionCalculator.of(ReferenceScheme.dutchTechZone(), register);
    ContributionStatement estimate = calculator
        .withRegister(register.asKnownAt(FigureStatus.PROVISIONAL))
        .calculate("dtz", 2023, payers);
    ContributionStatement finalStatement = calculator.calculate("dtz", 2023, payers);
    Settlement settlement = Settlement.between(estimate, finalStatement);
    // or the whole chain, one vintage per status (or per CBS download):
    ContributionHistory history = ContributionHistory.of(calculator, "dtz", 2023, payers);
    // README:register-views end

    assertThat(estimate.status()).isEqualTo(BudgetStatus.ESTIMATE);
    assertThat(estimate.total()).isEqualTo(Money.ofEuros(142_300));
    assertThat(finalStatement.status()).isEqualTo(BudgetStatus.FINAL);
    assertThat(finalStatement.total()).isEqualTo(Money.ofEuros(142_321));
    assertThat(settlement.total()).isEqualTo(Money.ofEuros(21));
    assertThat(history.vintages()).extracting(v -> v.statement()).containsExactly(estimate,
        finalStatement);
    assertThat(history.settlements()).containsExactly(settlement);
  }

  @Test
  void theReadmeQuotesTheExample() throws IOException {
    List<String> lines = Files.readAllLines(SOURCE, StandardCharsets.UTF_8);
    int begin = lines.indexOf("    // README:register-views begin");
    int end = lines.indexOf("    // README:register-views end");
    String snippet = lines.subList(begin + 1, end).stream().map(l -> l.substring(4))
        .collect(Collectors.joining("\n"));
    assertThat(begin).isPositive();
    assertThat(Files.readString(README, StandardCharsets.UTF_8)).contains(snippet);
  }
}
