package nl.dutchtechzone.reporting.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.money.MoneyOverflowException;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.StatementLine;
import nl.dutchtechzone.testing.BundleContract;
import nl.dutchtechzone.testing.ModuleLayers;
import org.junit.jupiter.api.Test;

/**
 * The sums of the tracker that can overflow name themselves in the reader's language, on the
 * class path and on the module path, where dtz-core's code renders the bundles of dtz-finance
 * and dtz-reporting (which neither module opens).
 */
class TrackingQuantitiesTest {

  private static final Locale DUTCH = new Locale("nl");

  @Test
  void englishAndDutchHaveTheSameKeysAndPlaceholders() {
    BundleContract.assertDutchMatchesEnglish(TrackingQuantitiesTest.class, "quantities");
  }

  @Test
  void aCategorysSpendingBeyondWhatMoneyHoldsIsNamedInDutch() {
    AnnualReport report = DutchTechZone.report2022();
    FinancialStatement statement = report.statement().orElseThrow();
    StatementLine first = statement.spending().get(0);
    StatementLine big = StatementLine.builder().from(first).amount(Money.MAX).build();
    AnnualReport huge = AnnualReport.builder().from(report).statement(FinancialStatement
        .builder().from(statement).spending(List.of(big,
            StatementLine.builder().from(big).id(first.id() + "-bis").build())).build()).build();
    String category = first.categoryId().orElseThrow();

    MoneyOverflowException e = org.junit.jupiter.api.Assertions.assertThrows(
        MoneyOverflowException.class, () -> Tracker.track(TrackingInput.builder()
            .programme(DutchTechZone.programme()).addPlans(DutchTechZone.plan2023())
            .addReports(huge).build()));

    assertThat(e.getMessage()).startsWith("spending of category '" + category
        + "' in statement 2022 is too large: it overflows the range Money holds");
    assertThat(e.message(DUTCH)).isEqualTo("het uitgaventotaal van categorie '" + category
        + "' in het financieel overzicht over 2022 is te groot: het valt buiten het bereik van"
        + " een bedrag, € -92.233.720.368.547.758,08 tot € 92.233.720.368.547.758,07");
    assertThat(e.message(Locale.GERMAN)).isEqualTo(e.getMessage());
  }

  @Test
  void theBundlesOfEachModuleAreFoundOnTheModulePath() throws Exception {
    ClassLoader loader = ModuleLayers.load("nl.dutchtechzone.reporting");
    Class<?> quantity = loader.loadClass("nl.dutchtechzone.core.money.Quantity");
    assertThat(quantity.getModule().isNamed()).isTrue();
    Method of = quantity.getMethod("of", Class.class, String.class, Object[].class);
    Method text = quantity.getMethod("text", Locale.class);

    Object core = of.invoke(null, loader.loadClass("nl.dutchtechzone.core.money.Money"),
        "budget.spending", new Object[] {2023});
    Object finance = of.invoke(null,
        loader.loadClass("nl.dutchtechzone.finance.internal.Quantities"), "closing",
        new Object[] {2022});
    Object reporting = of.invoke(null, loader.loadClass(Tracker.class.getName()),
        "spending.category", new Object[] {"projects", 2022});

    assertThat(text.invoke(core, DUTCH))
        .isEqualTo("het uitgaventotaal van de begroting voor 2023");
    assertThat(text.invoke(finance, DUTCH))
        .isEqualTo("het eindsaldo van 2022 (doorgeschoven + inkomsten - uitgaven)");
    assertThat(text.invoke(reporting, DUTCH))
        .isEqualTo("het uitgaventotaal van categorie 'projects' in het financieel overzicht over"
            + " 2022");
    Class<?> overflow = loader.loadClass(MoneyOverflowException.class.getName());
    Object e = overflow.getConstructor(quantity).newInstance(finance);
    assertThat((String) overflow.getMethod("message", Locale.class).invoke(e, DUTCH))
        .startsWith("het eindsaldo van 2022 (doorgeschoven + inkomsten - uitgaven) is te groot");
    assertThat(((Throwable) e).getMessage())
        .startsWith("closing balance of 2022 (carried forward + income - spending) is too large");
  }
}
