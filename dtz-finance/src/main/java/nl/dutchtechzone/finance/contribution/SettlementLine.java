package nl.dutchtechzone.finance.contribution;

import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.money.Money;
import org.immutables.value.Value;

/**
 * What one municipality still owes or gets back for a year: the amount of the estimate, the
 * amount of the final statement, and their difference.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SettlementLine {

  SettlementLine() {}

  /**
   * The partner id of the municipality.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String partnerId();

  /**
   * The name of the municipality.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String name();

  /**
   * The amount of the estimate statement; zero if the municipality was not on it.
   *
   * @return the estimated amount
   */
  @Value.Parameter
  public abstract Money estimated();

  /**
   * The amount of the final statement; zero if the municipality is not on it.
   *
   * @return the final amount
   */
  @Value.Parameter
  public abstract Money settled();

  /**
   * What the municipality still owes (positive) or gets back (negative): final minus estimate.
   *
   * @return the difference
   */
  public Money difference() {
    return settled().minus(estimated());
  }

  /**
   * Creates a line.
   *
   * @param partnerId the partner id, not null
   * @param name the name, not null
   * @param estimated the amount of the estimate, not null
   * @param settled the amount of the final statement, not null
   * @return the line
   * @throws IllegalArgumentException if the id is malformed
   */
  public static SettlementLine of(String partnerId, String name, Money estimated, Money settled) {
    return ImmutableSettlementLine.of(partnerId, name, estimated, settled);
  }

  @Value.Check
  final void check() {
    Ids.check("SettlementLine.partnerId", partnerId());
  }
}
