package nl.dutchtechzone.finance.validation;

/** How serious a violation is. */
public enum Severity {
  /** The figures are wrong or contradict each other; a test suite should fail on it. */
  ERROR,
  /** The figures are suspect and need an explanation, but may be right. */
  WARNING
}
