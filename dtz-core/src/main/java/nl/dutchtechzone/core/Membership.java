package nl.dutchtechzone.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A partner's membership of a programme over time: it joins in one year and may leave after
 * another.
 *
 * <p>Years are whole calendar years, both inclusive. A partner that joins in year N is a member on
 * 1 January of N (the reference date of contributions); one whose last year is M is a member
 * through M and no longer in M + 1.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Membership {

  Membership() {}

  /**
   * The id of the partner.
   *
   * @return the partner id
   */
  public abstract String partnerId();

  /**
   * The first year of membership.
   *
   * @return the year the partner joined
   */
  public abstract int fromYear();

  /**
   * The last year of membership, if the partner left.
   *
   * @return the last year the partner was a member, or empty while it still is
   */
  public abstract Optional<Integer> lastYear();

  /**
   * Where the membership dates come from.
   *
   * @return the source, such as the seed document or a public web page, or empty
   */
  public abstract Optional<String> source();

  /**
   * Whether the partner is a member in a year.
   *
   * @param year the calendar year
   * @return true if {@code fromYear <= year <= lastYear}
   */
  public boolean isMemberIn(int year) {
    return year >= fromYear() && lastYear().map(last -> year <= last).orElse(true);
  }

  /**
   * A membership that has not ended.
   *
   * @param partnerId the partner id, not null
   * @param fromYear the first year
   * @return the membership
   * @throws IllegalArgumentException if the id is malformed or the year is out of range
   */
  public static Membership since(String partnerId, int fromYear) {
    return builder().partnerId(partnerId).fromYear(fromYear).build();
  }

  /**
   * A membership that ended.
   *
   * @param partnerId the partner id, not null
   * @param fromYear the first year
   * @param lastYear the last year, not before {@code fromYear}
   * @return the membership
   * @throws IllegalArgumentException if the id is malformed or the years are out of order
   */
  public static Membership between(String partnerId, int fromYear, int lastYear) {
    return builder().partnerId(partnerId).fromYear(fromYear).lastYear(lastYear).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Ids.check("Membership.partnerId", partnerId());
    Years.check("Membership.fromYear", fromYear());
    lastYear().ifPresent(last -> {
      Years.check("Membership.lastYear", last);
      checkArgument(last >= fromYear(),
          "Membership.lastYear of '%s' must not be before fromYear %s, got %s",
          partnerId(), fromYear(), last);
    });
  }

  /** Builds {@link Membership} values. */
  public static final class Builder extends ImmutableMembership.Builder {
    Builder() {}
  }
}
