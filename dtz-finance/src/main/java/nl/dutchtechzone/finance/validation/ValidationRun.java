package nl.dutchtechzone.finance.validation;

import nl.dutchtechzone.core.plan.Budget;

/**
 * The state the rules of one {@link Validator#validate(Object)} call share: facts computed once
 * for the run and read by several rules, such as the {@link BudgetFacts} of a programme year.
 *
 * <p>A run lives as long as one call; nothing in it outlives the call, so validating the same
 * subject twice does the work twice. Rules that use it are {@link RunRule}s.
 *
 * <p>Not thread-safe; it is confined to one validation call.
 */
final class ValidationRun {

  private ProgrammeYear factsYear;
  private BudgetFacts budgetFacts;

  /**
   * The facts about the budget of a programme year, gathered in one pass over its lines the first
   * time a rule of this run asks.
   *
   * @param y the programme year, with a budget
   * @return the facts
   * @throws IllegalArgumentException if the year has no budget
   */
  BudgetFacts budgetFacts(ProgrammeYear y) {
    if (budgetFacts == null || factsYear != y) {
      Budget b = y.budget().orElseThrow(() -> new IllegalArgumentException(
          "budget facts need a programme year with a budget, but " + y.programme().id() + " "
              + y.year() + " has none"));
      budgetFacts = BudgetFacts.of(b, ProgrammeYearRules.knownCategories(y),
          ProgrammeYearRules.schemes(y), ProgrammeYearRules.statementLineIds(y),
          ProgrammeYearRules.statementLineCategories(y));
      factsYear = y;
    }
    return budgetFacts;
  }
}
