package nl.dutchtechzone.testing;

import nl.dutchtechzone.core.money.MoneyOverflowException;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.function.Executable;

/**
 * What the overflow tests of every module assert about a money overflow: the exception an
 * operation throws, and the Dutch tail of its message (the range of an amount in the Dutch
 * notation). Shared through dtz-core's test jar, so that the range is written once.
 */
public final class MoneyOverflows {

  /** The end of every Dutch money-overflow message, after what overflowed. */
  public static final String DUTCH_RANGE = " is te groot: het valt buiten het bereik van een"
      + " bedrag,"
      + " € -92.233.720.368.547.758,08 tot € 92.233.720.368.547.758,07";

  private MoneyOverflows() {}

  /**
   * The money overflow an operation throws; fails the test if it throws none.
   *
   * @param op the operation
   * @return the exception
   */
  public static MoneyOverflowException thrown(Executable op) {
    return Assertions.assertThrows(MoneyOverflowException.class, op);
  }
}
