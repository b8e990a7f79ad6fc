package nl.dutchtechzone.finance.validation;

/**
 * What a built-in rule could not add up or multiply because the result is outside the range
 * {@link nl.dutchtechzone.core.money.Money} holds; each constant has a text in the validation
 * bundles ({@code Overflowed.NAME}) over the arguments from {3} on of its violation.
 */
enum Overflowed {
  /** The spending lines of a statement; {3} the year. */
  STATEMENT_SPENDING,
  /** The income lines of a statement; {3} the year. */
  STATEMENT_INCOME,
  /** The contributions reported as income in a statement; {3} the year. */
  STATEMENT_CONTRIBUTIONS,
  /** Carried forward + income − spending of a year; {3} the year. */
  CLOSING_BALANCE,
  /** Rate × inhabitants of a contribution line; {3} the municipality, {4} the year. */
  CONTRIBUTION,
  /** The lines of a contribution statement added up; {3} the year. */
  CONTRIBUTIONS_OWED,
  /** The in-scope income lines of a budget; {3} the year. */
  BUDGET_INCOME,
  /** The in-scope spending lines of a budget; {3} the year. */
  BUDGET_SPENDING,
  /** The in-scope contribution income lines of a budget; {3} the year. */
  BUDGET_CONTRIBUTIONS,
  /** Carried forward + expected income of a budget; {3} the year. */
  BUDGET_MEANS
}
