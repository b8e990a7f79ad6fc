package nl.dutchtechzone.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.money.Money;
import org.junit.jupiter.api.Test;

/** Income lines name an income category of their own. */
class IncomeCategoryTest {

  private static BudgetLine line(Flow flow, String category) {
    return BudgetLine.builder().id("l").flow(flow).categoryId(category)
        .description(LocalizedText.dutch("l")).planned(Money.ofEuros(1)).build();
  }

  @Test
  void looksCategoriesUpByTheirIds() {
    assertThat(IncomeCategory.byId("contributions")).contains(IncomeCategory.CONTRIBUTIONS);
    assertThat(IncomeCategory.byId("carried-forward")).contains(IncomeCategory.CARRIED_FORWARD);
    assertThat(IncomeCategory.byId("other-income")).contains(IncomeCategory.OTHER);
    assertThat(IncomeCategory.byId("Contributions")).isEmpty();
    assertThat(IncomeCategory.byId("projects")).isEmpty();
    assertThatThrownBy(() -> IncomeCategory.byId(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void anIncomeLineHasTheIncomeCategoryItNamesAndASpendingLineNone() {
    assertThat(line(Flow.INCOME, "contributions").incomeCategory())
        .contains(IncomeCategory.CONTRIBUTIONS);
    assertThat(line(Flow.INCOME, "projects").incomeCategory()).isEmpty();
    assertThat(line(Flow.SPENDING, "contributions").incomeCategory()).isEmpty();
  }
}
