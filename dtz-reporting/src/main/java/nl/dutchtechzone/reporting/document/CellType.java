package nl.dutchtechzone.reporting.document;

/**
 * The kind of value a {@link Cell} holds, so that every format writes each kind in one
 * notation (see {@link Notation}) and a spreadsheet can give it a number format.
 */
public enum CellType {
  /** A text: written by a person (a name, a description) or a word from the bundles. */
  TEXT,
  /** A word from the bundles with a stable key (a status, a severity). */
  LABEL,
  /** An amount of money in euros, exact to the cent. */
  MONEY,
  /** A rate in euros that may have more than two decimals (euros per inhabitant). */
  RATE,
  /** A whole number of things (inhabitants, actions). */
  COUNT,
  /** A decimal number, possibly with a unit (an indicator value, a target). */
  NUMBER,
  /** A percentage, such as 12.5 for twelve and a half per cent. */
  PERCENT,
  /** A calendar date. */
  DATE,
  /** A calendar year. */
  YEAR,
  /** A stable id together with the name a person reads (a category, an action). */
  REFERENCE,
  /** No value. */
  EMPTY;

  /**
   * The one record of {@link Cell} whose cells are of this type (the records are final, so a
   * cell's class tells its type with no interface call).
   *
   * @return the class
   */
  Class<? extends Cell> cellClass() {
    switch (this) {
      case TEXT:
        return Cell.Text.class;
      case LABEL:
        return Cell.Label.class;
      case MONEY:
        return Cell.Amount.class;
      case RATE:
        return Cell.Rate.class;
      case COUNT:
        return Cell.Count.class;
      case NUMBER:
        return Cell.Number.class;
      case PERCENT:
        return Cell.Percent.class;
      case DATE:
        return Cell.Date.class;
      case YEAR:
        return Cell.Year.class;
      case REFERENCE:
        return Cell.Reference.class;
      default:
        return Cell.Empty.class;
    }
  }
}
