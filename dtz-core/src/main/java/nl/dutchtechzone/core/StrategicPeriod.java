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
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(StrategicPeriod)} copies every
 *     field of a value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of StrategicPeriod sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code firstYear(int)}</td><td>{@link #firstYear()}: The first year of the
 *     period</td><td>required; a year between 1900 and 2200</td></tr>
 *   <tr><td>{@code lastYear(int)}</td><td>{@link #lastYear()}: The last year of the
 *     period</td><td>required; a year between 1900 and 2200; must not be before
 *     firstYear</td></tr>
 * </table>
 * <!-- builder-table:end -->
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

  /**
   * A new builder that sets the fields by name, for code that binds values field by field (such
   * as the dataset reader); the factory {@code of} is the short form. {@code build()} checks
   * the same rules.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StrategicPeriod} values; obtain one through {@link StrategicPeriod#builder()}. */
  public static final class Builder extends ImmutableStrategicPeriod.Builder {
    Builder() {}
  }
}
