package nl.dutchtechzone.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.immutables.value.Value;

/**
 * A strategic period of a programme, such as a course for 2022–2025; annual plans fall inside
 * one.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StrategicPeriod {

  StrategicPeriod() {}

  /**
   * The first year of the period.
   *
   * @return the first year, inclusive
   */
  @Value.Parameter
  public abstract int firstYear();

  /**
   * The last year of the period.
   *
   * @return the last year, inclusive
   */
  @Value.Parameter
  public abstract int lastYear();

  /**
   * Creates a period.
   *
   * @param firstYear the first year
   * @param lastYear the last year, not before {@code firstYear}
   * @return the period
   * @throws IllegalArgumentException if the years are out of range or out of order
   */
  public static StrategicPeriod of(int firstYear, int lastYear) {
    return ImmutableStrategicPeriod.of(firstYear, lastYear);
  }

  /**
   * Whether a year falls inside the period.
   *
   * @param year the year
   * @return true if {@code firstYear <= year <= lastYear}
   */
  public boolean contains(int year) {
    return year >= firstYear() && year <= lastYear();
  }

  /**
   * The years of the period in order.
   *
   * @return the years, first to last
   */
  public List<Integer> years() {
    return IntStream.rangeClosed(firstYear(), lastYear()).boxed().collect(Collectors.toList());
  }

  /**
   * The period as it is written: {@code 2022-2025}.
   *
   * @return the first and last year joined by a hyphen
   */
  public String label() {
    return firstYear() + "-" + lastYear();
  }

  @Value.Check
  final void check() {
    Years.check("StrategicPeriod.firstYear", firstYear());
    Years.check("StrategicPeriod.lastYear", lastYear());
    checkArgument(lastYear() >= firstYear(),
        "StrategicPeriod.lastYear must not be before firstYear %s, got %s",
        firstYear(), lastYear());
  }
}
