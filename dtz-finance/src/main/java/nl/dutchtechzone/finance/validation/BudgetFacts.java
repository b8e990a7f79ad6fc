package nl.dutchtechzone.finance.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.Flow;
import nl.dutchtechzone.finance.contribution.ContributionStatement;

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
 * amount, an unknown category, scheme money, an out-of-scope category not seen yet): then it
 * keeps a reference to the line, or the category. It builds no strings; messages and paths are
 * built by the rules, for the lines found only.
 *
 * <p>Totals are added up in line order with the overflow semantics of {@link Math#addExact}: if
 * a partial sum overflows, reading that total throws the {@link ArithmeticException} that adding
 * up the lines one by one would have thrown, so that the rule reading it fails as before.
 *
 * <p>Not thread-safe; it is confined to one validation run.
 */
final class BudgetFacts {

  private final Budget budget;
  private final List<BudgetLine> negativeLines = new ArrayList<>();
  private final List<BudgetLine> unknownCategoryLines = new ArrayList<>();
  private final List<BudgetLine> schemeLines = new ArrayList<>();
  private final Set<String> outOfScopeCategories = new HashSet<>();
  private final Sum income = new Sum();
  private final Sum spending = new Sum();
  private final Sum contributionIncome = new Sum();
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
    BudgetFacts f = new BudgetFacts(budget);
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
          f.spending.add(current.cents());
        }
      } else if (inScope) {
        f.income.add(current.cents());
        if (ProgrammeYear.CARRIED_FORWARD_CATEGORY.equals(category)) {
          f.carriedForwardLine = true;
        }
        if (ContributionStatement.INCOME_CATEGORY.equals(category)) {
          f.contributionIncomeLine = true;
          f.contributionIncome.add(current.cents());
        }
      }
      if (!inScope) {
        f.outOfScopeCategories.add(category);
      } else if (checkSchemes
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

  /** The categories of the out-of-scope lines. */
  Set<String> outOfScopeCategories() {
    return outOfScopeCategories;
  }

  /** Whether an in-scope income line holds the money carried forward. */
  boolean hasCarriedForwardLine() {
    return carriedForwardLine;
  }

  /** Whether there is an in-scope income line of contributions. */
  boolean hasContributionIncome() {
    return contributionIncomeLine;
  }

  /** The current amounts of the in-scope income lines of contributions, added up. */
  Money contributionIncome() {
    return contributionIncome.money();
  }

  /** The same as {@link Budget#totalIncome()}. */
  Money totalIncome() {
    return income.money();
  }

  /** The same as {@link Budget#totalSpending()}. */
  Money totalSpending() {
    return spending.money();
  }

  /** A sum of cents that remembers an overflow instead of throwing at once. */
  private static final class Sum {

    private long cents;
    private boolean overflow;

    void add(long more) {
      if (!overflow) {
        long r = cents + more;
        // Overflow iff both operands have the sign opposite to the result (as Math.addExact).
        if (((cents ^ r) & (more ^ r)) < 0) {
          overflow = true;
        } else {
          cents = r;
        }
      }
    }

    Money money() {
      if (overflow) {
        throw new ArithmeticException("long overflow");
      }
      return Money.ofCents(cents);
    }
  }
}
