package nl.dutchtechzone.core.money;

import static nl.dutchtechzone.testing.MoneyOverflows.DUTCH_RANGE;
import static nl.dutchtechzone.testing.MoneyOverflows.thrown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.StatementLine;
import nl.dutchtechzone.testing.BundleContract;
import org.junit.jupiter.api.Test;

/**
 * What overflowed is a key and arguments ({@link Quantity}), rendered per language: the English
 * message stays word for word, the Dutch one is Dutch throughout (the quantity, amounts in the
 * Dutch notation, years without grouping), and neither depends on the default locale.
 */
class MoneyOverflowMessagesTest {

  private static final Locale DUTCH = new Locale("nl");

  @Test
  void theBundlesHaveTheSameKeysAndPlaceholders() {
    BundleContract.assertDutchMatchesEnglish(MoneyOverflowMessagesTest.class, "messages");
    BundleContract.assertDutchMatchesEnglish(MoneyOverflowMessagesTest.class, "quantities");
  }

  @Test
  void anOperationsOverflowReadsInDutchWithDutchAmounts() {
    MoneyOverflowException e = thrown(() -> Money.MAX.plus(Money.ofCents(1)));
    assertThat(e.getMessage()).isEqualTo("EUR 92233720368547758.07 + EUR 0.01 is too large: it"
        + " overflows the range Money holds, EUR -92233720368547758.08 to EUR"
        + " 92233720368547758.07");
    assertThat(e.message(DUTCH))
        .isEqualTo("€ 92.233.720.368.547.758,07 + € 0,01" + DUTCH_RANGE);
    assertThat(e.quantity().key()).isEqualTo("plus");
    assertThat(e.quantity().arguments()).containsExactly(Money.MAX, Money.ofCents(1));

    assertThat(thrown(() -> Money.MIN.negated()).message(DUTCH))
        .isEqualTo("-(€ -92.233.720.368.547.758,08)" + DUTCH_RANGE);
    assertThat(thrown(() -> Money.ofEuros(Long.MAX_VALUE)).message(DUTCH))
        .isEqualTo("het bedrag van 9223372036854775807 euro" + DUTCH_RANGE);
    assertThat(thrown(() -> Money.of(new BigDecimal("1E+20"), RoundingMode.HALF_UP))
        .message(DUTCH)).isEqualTo("het bedrag 100000000000000000000" + DUTCH_RANGE);
    assertThat(thrown(() -> Money.of(new BigDecimal("92233720368547758.5"), RoundingMode.DOWN))
        .message(DUTCH)).isEqualTo("het bedrag 92233720368547758,5" + DUTCH_RANGE);
    assertThat(thrown(() -> Money.sum(List.of(Money.MAX, Money.MAX))).message(DUTCH))
        .isEqualTo("som van bedragen" + DUTCH_RANGE);
  }

  @Test
  void aBudgetsAndAStatementsTotalNameTheirYearWithoutGrouping() {
    nl.dutchtechzone.core.LocalizedText text = nl.dutchtechzone.core.LocalizedText.of("a", "a");
    BudgetLine line = BudgetLine.builder().id("a").flow(nl.dutchtechzone.core.plan.Flow.SPENDING)
        .categoryId("c").description(text).planned(Money.MAX).build();
    Budget budget = Budget.builder().year(2023)
        .status(nl.dutchtechzone.core.plan.BudgetStatus.ESTIMATE)
        .addLines(line, BudgetLine.builder().from(line).id("b").build()).build();
    MoneyOverflowException e = thrown(budget::totalSpending);
    assertThat(e.getMessage()).startsWith("total spending of budget 2023 is too large");
    assertThat(e.message(DUTCH))
        .isEqualTo("het uitgaventotaal van de begroting voor 2023" + DUTCH_RANGE);

    StatementLine s = StatementLine.builder().id("s").label(text).amount(Money.MAX).build();
    FinancialStatement statement = FinancialStatement.builder().year(2022)
        .carriedForward(Money.ZERO).statedSpendingTotal(Money.ZERO)
        .addSpending(s, StatementLine.builder().from(s).id("t").build()).build();
    assertThat(thrown(statement::spendingSum).message(DUTCH))
        .isEqualTo("het uitgaventotaal van het financieel overzicht over 2022" + DUTCH_RANGE);
    assertThat(thrown(statement::spendingSum).message(Locale.GERMAN))
        .isEqualTo(thrown(statement::spendingSum).getMessage());
  }

  @Test
  void anOverflowSurvivesSerializationWithWhatOverflowed() throws Exception {
    MoneyOverflowException e = thrown(() -> Money.MAX.plus(Money.ofCents(1)));
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    MoneyOverflowException read;
    try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      read = (MoneyOverflowException) in.readObject();
    }
    assertThat(read.quantity()).isEqualTo(e.quantity());
    assertThat(read.getMessage()).isEqualTo(e.getMessage());
    assertThat(read.message(DUTCH)).isEqualTo(e.message(DUTCH));
  }

  @Test
  void theDefaultLocaleDoesNotDecide() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(DUTCH);
      MoneyOverflowException e = thrown(() -> Money.MAX.plus(Money.MAX));
      assertThat(e.getMessage()).startsWith("EUR 92233720368547758.07 + EUR 92233720368547758.07"
          + " is too large");
      assertThat(e.message(Locale.ENGLISH)).isEqualTo(e.getMessage());
      assertThat(e.message(Locale.FRENCH)).isEqualTo(e.getMessage());
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aQuantityIsCheckedWhenItIsMadeNamingWhatIsWrong() {
    assertThatThrownBy(() -> Quantity.of(Money.class, "no.such.key"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Quantity.key must be a key of the bundle"
            + " nl.dutchtechzone.core.money.quantities, got 'no.such.key'");
    assertThatThrownBy(() -> Quantity.of(Money.class, "money.notation"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("got 'money.notation'");
    assertThatThrownBy(() -> Quantity.of(Money.class, "budget.spending"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Quantity with key 'budget.spending' of nl.dutchtechzone.core.money.quantities"
            + " needs 1 argument(s), got 0");
    assertThatThrownBy(() -> Quantity.of(Money.class, "budget.spending", new Object()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Quantity.arguments[0] of key 'budget.spending' must be String,")
        .hasMessageEndingWith("got java.lang.Object");
    assertThatThrownBy(() -> Quantity.of(Money.class, "budget.spending", (Object) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("Quantity.arguments[0] of key 'budget.spending'");
    assertThatThrownBy(() -> Quantity.of(String.class, "sum"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Quantity.owner java.lang.String has no bundle java.lang.quantities"
            + " (English, the root) next to it");
  }

  @Test
  void quantitiesAreValuesAndNestInTheSameLanguage() {
    Quantity a = Quantity.of(Money.class, "budget.income", 2024);
    new com.google.common.testing.EqualsTester()
        .addEqualityGroup(a, Quantity.of(Money.class, "budget.income", 2024))
        .addEqualityGroup(Quantity.of(Money.class, "budget.income", 2025))
        .addEqualityGroup(Quantity.of(Money.class, "budget.spending", 2024))
        .testEquals();
    assertThat(a.toString()).isEqualTo("total income of budget 2024");
    assertThat(a.owner()).isEqualTo(Money.class);
    Quantity nested = Quantity.of(Money.class, "negated", a);
    assertThat(nested.text(DUTCH)).isEqualTo("-(het inkomstentotaal van de begroting voor 2024)");
    assertThat(nested.text(Locale.ENGLISH)).isEqualTo("-(total income of budget 2024)");
  }
}
