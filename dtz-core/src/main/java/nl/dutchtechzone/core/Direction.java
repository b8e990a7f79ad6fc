package nl.dutchtechzone.core;

/** Which way an indicator should move for the result to count as better. */
public enum Direction {
  /** More is better, such as the number of meetings attended. */
  HIGHER_IS_BETTER,
  /** Less is better, such as the number of vacancies that stay open. */
  LOWER_IS_BETTER
}
