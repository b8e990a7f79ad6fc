package nl.dutchtechzone.finance.contribution;

/** Whether an inhabitant figure is provisional or final, as CBS publishes them. */
public enum FigureStatus {
  /** A provisional figure (voorlopig): CBS publishes these first; they may still change. */
  PROVISIONAL,
  /** A final figure (definitief). */
  FINAL
}
