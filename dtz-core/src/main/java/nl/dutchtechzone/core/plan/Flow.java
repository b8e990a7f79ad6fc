package nl.dutchtechzone.core.plan;

/** Which way money moves on a budget line. */
public enum Flow {
  /** Money coming in (inkomsten). */
  INCOME,
  /** Money going out (uitgaven). */
  SPENDING
}
