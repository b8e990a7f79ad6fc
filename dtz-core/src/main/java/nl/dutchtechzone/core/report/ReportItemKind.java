package nl.dutchtechzone.core.report;

/** The kinds of item a report gives as evidence of work done. */
public enum ReportItemKind {
  /** Something the programme did, such as a meeting or a visit. */
  ACTIVITY,
  /** A result that came about ("a seed that sprouted"). */
  OUTCOME,
  /** A counted or measured value of an indicator. */
  INDICATOR_VALUE,
  /** A qualitative observation without a number, such as growing online reach. */
  OBSERVATION
}
