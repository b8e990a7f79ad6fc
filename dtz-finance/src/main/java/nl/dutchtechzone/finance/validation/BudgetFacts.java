package nl.dutchtechzone.finance.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.dutchtechzone.core.money.ExactSum;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.money.MoneyOverflowException;
import nl.dutchtechzone.core.money.Quantity;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.Flow;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.internal.Quantities;

/**
 * What the programme-year rules need to know about the lines of a budget, gathered in one pass
 * over the lines.
 *
 * <p>The rules that read budget lines (F001, F008, F009, F011, F012, F014) used to walk the lines
 * one or more times each; at a million lines, memory bandwidth makes every pass count. One
 * validation run computes these facts once (see {@link ValidationRun}) and every rule reads
 * them. Nothing is kept beyond the run: validating the same budget again walks its lines again.
 *
 * <p>Per line, the pass keeps nothing unless the line is of interest to a rule (a negative
 * amount, an unknown category, scheme money, a line whose id or category a statement line of
 * the same year has): then it keeps a reference to the line, or the scope of the id or category.
 * Without a statement of the budget's year, F011's facts cost nothing per line.
 * It builds no strings; messages and paths are built by the rules, for the lines found only.
 *
 * <p>Totals are exact whatever the order of the lines (see {@link ExactSum}): reading a total
 * that is outside the range Money holds throws a {@link MoneyOverflowException} naming it, which
 * the rule reading it turns into a violation.
 *
 * <p>Not thread-safe; it is confined to one validation run.
 */
final class BudgetFacts {

  private final Budget budget;
  private final List<BudgetLine> negativeLines = new ArrayList<>();
  private final List<BudgetLine> unknownCategoryLines = new ArrayList<>();
  private final List<BudgetLine> schemeLines = new ArrayList<>();
  private final Map<String, Boolean> watchedLineInScope = new HashMap<>();
  private final Map<String, Boolean> watchedCategoryInScope = new HashMap<>();
  private final ExactSum income = new ExactSum();
  private final ExactSum spending = new ExactSum();
  private final ExactSum contributionIncome = new ExactSum();
  private boolean carriedForwardLine;
  private boolean contributionIncomeLine;

  private BudgetFacts(Budget budget) {
    this.budget = budget;
  }

  /**
   * Walks the lines of a budget once.
   *
   * @param budget the budget
   * @param knownCategories the known cost categories; if empty, unknown categories are not
   *     collected (F014 then does not check the budget)
   * @param schemes the ids of the subsidy schemes; if empty, scheme money is not collected (F012
   *     then reports nothing)
   * @return the facts
   */
  static BudgetFacts of(Budget budget, Set<String> knownCategories, Set<String> schemes) {
    return of(budget, knownCategories, schemes, Set.of(), Set.of());
  }

  /**
   * Walks the lines of a budget once, noting the scope of the lines with watched ids.
   *
   * @param budget the budget
   * @param knownCategories the known cost categories; if empty, unknown categories are not
   *     collected (F014 then does not check the budget)
   * @param schemes the ids of the subsidy schemes; if empty, scheme money is not collected (F012
   *     then reports nothing)
   * @param watchedIds the line ids whose scope F011 needs (the statement's line ids)
   * @param watchedCategories the categories whose scope F011 needs (the statement's lines'
   *     categories); without watched ids and categories the pass does no extra work for F011
   * @return the facts
   */
  static BudgetFacts of(Budget budget, Set<String> knownCategories, Set<String> schemes,
      Set<String> watchedIds, Set<String> watchedCategories) {
    BudgetFacts f = new BudgetFacts(budget);
    boolean watch = !watchedIds.isEmpty();
    boolean watchCategories = !watchedCategories.isEmpty();
    boolean checkCategories = !knownCategories.isEmpty();
    boolean checkSchemes = !schemes.isEmpty();
    for (BudgetLine l : budget.lines()) {
      Money current = l.planned();
      boolean negative = current.isNegative();
      Optional<Money> amended = l.amended();
      if (amended.isPresent()) {
        current = amended.get();
        negative |= current.isNegative();
      }
      if (negative) {
        f.negativeLines.add(l);
      }
      String category = l.categoryId();
      boolean inScope = l.inScope();
      if (l.flow() == Flow.SPENDING) {
        if (checkCategories && !knownCategories.contains(category)) {
          f.unknownCategoryLines.add(l);
        }
        if (inScope) {
          f.spending.add(current);
        }
      } else if (inScope) {
        f.income.add(current);
        if (ProgrammeYear.CARRIED_FORWARD_CATEGORY.equals(category)) {
          f.carriedForwardLine = true;
        }
        if (ContributionStatement.INCOME_CATEGORY.equals(category)) {
          f.contributionIncomeLine = true;
          f.contributionIncome.add(current);
        }
      }
      if (watch && watchedIds.contains(l.id())) {
        f.watchedLineInScope.put(l.id(), inScope);
      }
      if (watchCategories && watchedCategories.contains(category)) {
        f.watchedCategoryInScope.merge(category, inScope, Boolean::logicalOr);
      }
      if (inScope && checkSchemes
          && (schemes.contains(category) || schemes.contains(l.id()))) {
        f.schemeLines.add(l);
      }
    }
    return f;
  }

  /** The budget the facts are about. */
  Budget budget() {
    return budget;
  }

  /** The lines with a negative planned or amended amount, in order. */
  List<BudgetLine> negativeLines() {
    return negativeLines;
  }

  /** The spending lines (in scope or not) whose category is not known, in order. */
  List<BudgetLine> unknownCategoryLines() {
    return unknownCategoryLines;
  }

  /** The in-scope lines whose category or id is a subsidy scheme, in order. */
  List<BudgetLine> schemeLines() {
    return schemeLines;
  }

  /** The watched categories that out-of-scope lines have and no in-scope line has. */
  Set<String> outOfScopeOnlyCategories() {
    Set<String> only = new HashSet<>();
    watchedCategoryInScope.forEach((category, anyInScope) -> {
      if (!anyInScope) {
        only.add(category);
      }
    });
    return only;
  }

  /**
   * The scope of the budget line with a watched id.
   *
   * @return true for in scope, false for out of scope, empty if no line has the id (or the id
   *     was not watched)
   */
  Optional<Boolean> lineInScope(String id) {
    return Optional.ofNullable(watchedLineInScope.get(id));
  }

  /** Whether an in-scope income line holds the money carried forward. */
  boolean hasCarriedForwardLine() {
    return carriedForwardLine;
  }

  /** Whether there is an in-scope income line of contributions. */
  boolean hasContributionIncome() {
    return contributionIncomeLine;
  }

  /**
   * The current amounts of the in-scope income lines of contributions, added up.
   *
   * @throws MoneyOverflowException if the total is outside the range Money holds
   */
  Money contributionIncome() {
    return contributionIncome.total(Quantities.of("budget.contributionIncome", budget.year()));
  }

  /** Whether the in-scope income total is inside the range Money holds. */
  boolean incomeFits() {
    return income.fits();
  }

  /**
   * The same as {@link Budget#totalIncome()}.
   *
   * @throws MoneyOverflowException if the total is outside the range Money holds
   */
  Money totalIncome() {
    return income.total(Quantity.of(Money.class, "budget.income", budget.year()));
  }

  /**
   * The same as {@link Budget#totalSpending()}.
   *
   * @throws MoneyOverflowException if the total is outside the range Money holds
   */
  Money totalSpending() {
    return spending.total(Quantity.of(Money.class, "budget.spending", budget.year()));
  }
}
