package nl.dutchtechzone.core;

/** What happened to money of a fund or scheme. */
public enum FundEventKind {
  /** Money was made available (a budget). */
  BUDGET,
  /** Money was promised to a recipient (a commitment, verplichting). */
  COMMITMENT,
  /** Money that was not needed came free (vrijval). */
  RELEASE,
  /** Released money was given a new destination (herbestemming). */
  REALLOCATION
}
