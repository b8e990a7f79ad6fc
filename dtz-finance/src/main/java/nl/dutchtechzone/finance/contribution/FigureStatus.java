package nl.dutchtechzone.finance.contribution;

/**
 * How certain an inhabitant figure is, in the three steps in which CBS publishes it.
 *
 * <p>The constants are declared from least to most certain, so {@link #compareTo} orders them
 * as CBS publishes them: provisional, then revised provisional, then final.
 */
public enum FigureStatus {
  /**
   * A provisional figure (<i>voorlopig</i>, marked {@code *} on StatLine): CBS publishes these
   * first; they may still change.
   */
  PROVISIONAL,
  /**
   * A revised provisional figure (<i>nader voorlopig</i>, marked {@code **} on StatLine): a
   * second, better estimate; it may still change.
   */
  REVISED_PROVISIONAL,
  /** A final figure (<i>definitief</i>): CBS does not change it any more. */
  FINAL;

  /**
   * Whether the figure is final.
   *
   * @return true for {@link #FINAL} only
   */
  public boolean isFinal() {
    return this == FINAL;
  }
}
