package nl.dutchtechzone.finance.internal;

import static nl.dutchtechzone.testing.MoneyOverflows.DUTCH_RANGE;
import static nl.dutchtechzone.testing.MoneyOverflows.thrown;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.internal.BundleMessages;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.money.MoneyOverflowException;
import nl.dutchtechzone.core.money.Quantity;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.StatementLine;
import nl.dutchtechzone.finance.allocation.AllocationKey;
import nl.dutchtechzone.finance.allocation.CostSharing;
import nl.dutchtechzone.finance.ledger.ChainBreak;
import nl.dutchtechzone.finance.ledger.FundBalance;
import nl.dutchtechzone.finance.ledger.YearBalance;
import nl.dutchtechzone.finance.reference.ReferenceScheme;
import nl.dutchtechzone.testing.BundleContract;
import org.junit.jupiter.api.Test;

/**
 * The quantities of dtz-finance that an overflow names read in the reader's language: the
 * bundles agree, each Dutch text is a translation, and the call sites' errors are Dutch under
 * {@code nl} (amounts and rates in the Dutch notation, years without grouping) and English word
 * for word otherwise.
 */
class QuantitiesTest {

  private static final Locale DUTCH = new Locale("nl");

  @Test
  void theBundlesHaveTheSameKeysAndPlaceholders() {
    BundleContract.assertDutchMatchesEnglish(QuantitiesTest.class, "quantities");
  }

  @Test
  void everyQuantityHasADutchTextOfItsOwn() {
    Properties english = BundleContract.load(QuantitiesTest.class, "quantities.properties");
    List<String> untranslated = new ArrayList<>();
    for (String key : english.stringPropertyNames()) {
      if (key.equals("money.notation") || key.equals("decimal.separator")) {
        continue;
      }
      Object[] args = new Object[BundleMessages.placeholders(english.getProperty(key)) + 1];
      java.util.Arrays.fill(args, "x");
      Quantity q = Quantities.of(key, args);
      if (q.text(DUTCH).equals(q.text(Locale.ENGLISH))) {
        untranslated.add(key);
      }
    }
    assertThat(untranslated).isEmpty();
  }

  @Test
  void aContributionNamesItsRateInTheDutchNotation() {
    MoneyOverflowException e =
        thrown(() -> ReferenceScheme.dutchTechZone().contribution(Long.MAX_VALUE));
    assertThat(e.getMessage()).startsWith("contribution of 9223372036854775807 inhabitants at"
        + " EUR 1.00 per inhabitant is too large: it overflows the range Money holds");
    assertThat(e.message(DUTCH)).isEqualTo("de bijdrage van 9223372036854775807 inwoners tegen"
        + " € 1,00 per inwoner" + DUTCH_RANGE);
  }

  @Test
  void theLedgersQuantitiesAreDutch() {
    assertThat(thrown(() -> YearBalance.rolled(2022, Money.MAX, Money.ofCents(5), Money.ZERO))
        .message(DUTCH)).isEqualTo(
            "het eindsaldo van 2022 (doorgeschoven + inkomsten - uitgaven)" + DUTCH_RANGE);
    assertThat(thrown(() -> ChainBreak.of(2021, 2022, Money.MIN, Money.MAX).difference())
        .message(DUTCH)).isEqualTo("het verschil tussen het eindsaldo van 2021 en het bedrag dat"
            + " naar 2022 is doorgeschoven" + DUTCH_RANGE);
    assertThat(thrown(() -> FundBalance.of(Money.MIN, Money.MAX, Money.ZERO, Money.ZERO)
        .available()).message(DUTCH)).isEqualTo("het beschikbare saldo van het fonds (budget -"
            + " verplichtingen + vrijval - herbestemmingen)" + DUTCH_RANGE);
  }

  @Test
  void aSharedCategoryNamesWhatItIsInInTheSameLanguage() {
    StatementLine big = StatementLine.builder().id("a").categoryId("projects")
        .label(LocalizedText.dutch("a")).amount(Money.MAX).build();
    FinancialStatement statement = FinancialStatement.builder().year(2022)
        .carriedForward(Money.ZERO).statedSpendingTotal(Money.ZERO)
        .addSpending(big, StatementLine.builder().from(big).id("b").build()).build();
    MoneyOverflowException e = thrown(() -> CostSharing.of(AllocationKey.equal(List.of("a", "b")))
        .share(statement));
    assertThat(e.getMessage()).startsWith("costs of category 'projects' in the statement of 2022"
        + " is too large");
    assertThat(e.message(DUTCH)).isEqualTo("het kostentotaal van categorie 'projects' in het"
        + " financieel"
        + " overzicht over 2022" + DUTCH_RANGE);
  }
}
