package nl.dutchtechzone.core.plan;

/** Whether a budget line counts in the budget's totals. */
public enum Scope {
  /** Part of the budget and of its totals. */
  IN_SCOPE,
  /**
   * Shown for completeness but excluded from the totals, such as ring-fenced money tied to the
   * network and connection plan.
   */
  OUT_OF_SCOPE
}
