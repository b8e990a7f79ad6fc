package nl.dutchtechzone.reporting.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import nl.dutchtechzone.core.CostCategory;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.core.plan.Flow;
import nl.dutchtechzone.core.plan.IncomeCategory;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.StatementLine;
import org.junit.jupiter.api.Test;

/**
 * Income lines carry an income category of their own ({@link IncomeCategory}), not a pseudo cost
 * category; datasets that declared a cost category {@code contributions} for them still read to
 * the same dataset.
 */
class DatasetIncomeCategoryTest {

  private static BudgetLine line(String id, Flow flow, String category) {
    return BudgetLine.builder().id(id).flow(flow).categoryId(category)
        .description(LocalizedText.dutch(id)).planned(Money.ofEuros(100)).build();
  }

  private static Dataset withBudget(Programme programme, BudgetLine... lines) {
    AnnualPlan plan = AnnualPlan.builder().from(DutchTechZone.plan2023())
        .budget(Budget.builder().year(2023).status(BudgetStatus.ESTIMATE)
            .lines(List.of(lines)).build())
        .build();
    return Dataset.builder().programme(programme).addPlans(plan).build();
  }

  /** The only problem of a dataset whose one category id is replaced in its JSON. */
  private static DatasetProblem onlyProblem(Dataset dataset, String category, String by) {
    String json = new String(JsonDatasets.toBytes(dataset), UTF_8);
    String from = "\"categoryId\": \"" + category + "\"";
    assertThat(json.indexOf(from)).isEqualTo(json.lastIndexOf(from)).isNotNegative();
    byte[] bytes = json.replace(from, "\"categoryId\": \"" + by + "\"").getBytes(UTF_8);
    DatasetException e = catchThrowableOfType(DatasetException.class,
        () -> JsonDatasets.read(bytes));
    assertThat(e).as("reading should fail").isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0);
  }

  @Test
  void incomeLinesNeedNoPseudoCostCategory() throws DatasetException {
    Dataset d = withBudget(DutchTechZone.programme(),
        line("contributions", Flow.INCOME, "contributions"),
        line("brought-in", Flow.INCOME, "carried-forward"),
        line("grant", Flow.INCOME, "other-income"),
        line("office", Flow.SPENDING, DutchTechZone.PROGRAMME_COSTS));

    Dataset read = JsonDatasets.read(JsonDatasets.toBytes(d));
    assertThat(read).isEqualTo(d);
    assertThat(read.plan(2023).orElseThrow().budget().orElseThrow().lines())
        .extracting(l -> l.incomeCategory().orElse(null))
        .containsExactly(IncomeCategory.CONTRIBUTIONS, IncomeCategory.CARRIED_FORWARD,
            IncomeCategory.OTHER, null);
  }

  @Test
  void readsAnEarlierDatasetThatDeclaredContributionsAsACostCategory() throws DatasetException {
    Programme earlier = Programme.builder().from(DutchTechZone.programme())
        .addCostCategories(CostCategory.of("contributions", LocalizedText.dutch("Bijdragen")))
        .build();
    Dataset d = withBudget(earlier, line("in", Flow.INCOME, "contributions"));

    Dataset read = JsonDatasets.read(JsonDatasets.toBytes(d));
    assertThat(read).isEqualTo(d);
    assertThat(read.plan(2023).orElseThrow().budget().orElseThrow().lines().get(0)
        .incomeCategory()).contains(IncomeCategory.CONTRIBUTIONS);
  }

  @Test
  void refusesAnUnknownIncomeCategoryNamingTheKnownOnes() {
    DatasetProblem p = onlyProblem(withBudget(DutchTechZone.programme(),
        line("in", Flow.INCOME, "other-income")), "other-income", "subsidies");

    assertThat(p.path()).isEqualTo("$.plans[0].budget.lines[0].categoryId");
    assertThat(p.message()).isEqualTo("unknown income category 'subsidies'; expected one of "
        + "[contributions, carried-forward, other-income] (or a cost category id of the "
        + "programme, as in earlier datasets: [branding, office-housing-and-support, "
        + "programme-costs, projects])");
  }

  @Test
  void anIncomeCategoryIsNoCostCategoryForSpending() {
    DatasetProblem p = onlyProblem(withBudget(DutchTechZone.programme(),
        line("out", Flow.SPENDING, DutchTechZone.PROJECTS)), "projects", "contributions");

    assertThat(p.path()).isEqualTo("$.plans[0].budget.lines[0].categoryId");
    assertThat(p.message()).startsWith("unknown cost category id 'contributions'");
  }

  @Test
  void statementIncomeLinesTakeIncomeCategoriesAndSpendingLinesDoNot() throws DatasetException {
    AnnualReport report = DutchTechZone.report2022();
    FinancialStatement s = report.statement().orElseThrow();
    FinancialStatement withCategory = FinancialStatement.builder().from(s)
        .income(List.of(StatementLine.builder().from(s.income().get(0))
            .categoryId("contributions").build()))
        .build();
    Dataset d = Dataset.builder().programme(DutchTechZone.programme())
        .addReports(AnnualReport.builder().from(report).statement(withCategory).build()).build();

    assertThat(JsonDatasets.read(JsonDatasets.toBytes(d))).isEqualTo(d);

    String json = new String(JsonDatasets.toBytes(Dataset.dutchTechZone()), UTF_8)
        .replace("\"categoryId\": \"branding\"", "\"categoryId\": \"contributions\"");
    DatasetException e = catchThrowableOfType(DatasetException.class,
        () -> JsonDatasets.read(json.getBytes(UTF_8)));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.reports[0].statement.spending[1].categoryId");
      assertThat(p.message()).startsWith("unknown cost category id 'contributions'");
    });
  }
}
