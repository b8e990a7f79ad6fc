package nl.dutchtechzone.core.plan;

/** Whether figures are an estimate or final. */
public enum BudgetStatus {
  /** An estimate (schatting): the final figures are not yet known. */
  ESTIMATE,
  /** Final (definitief). */
  FINAL
}
