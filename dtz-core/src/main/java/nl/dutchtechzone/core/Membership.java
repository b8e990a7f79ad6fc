package nl.dutchtechzone.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Locale;
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
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(Membership)} copies every field of
 *     a value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of Membership sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code partnerId(String)}</td><td>{@link #partnerId()}: The id of the
 *     partner</td><td>required; an id: letters, digits, '.', '_' or '-', starting with a letter or
 *     digit</td></tr>
 *   <tr><td>{@code fromYear(int)}</td><td>{@link #fromYear()}: The first year of
 *     membership</td><td>required; a year between 1900 and 2200</td></tr>
 *   <tr><td>{@code lastYear(int)}, {@code lastYear(Optional)}</td><td>{@link #lastYear()}: The
 *     last year of membership, if the partner left</td><td>optional; a year between 1900 and 2200;
 *     must not be before fromYear</td></tr>
 *   <tr><td>{@code source(LocalizedText)}, {@code source(Optional)}</td><td>{@link #source()}:
 *     Where the membership dates come from, as a text in Dutch with an optional English
 *     reading</td><td>optional</td></tr>
 *   <tr><td>{@link Builder#source(String)}</td><td>Sets a source written in one language: kept as
 *     written and shown as written in every language (the text's {@link LocalizedText#nl() nl},
 *     without an English reading)</td><td>see the method</td></tr>
 * </table>
 * <!-- builder-table:end -->
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
   * Where the membership dates come from, as a text in Dutch with an optional English reading.
   *
   * @return the source, such as the seed document or a public web page, or empty; a source
   *     written in one language has that text as its {@link LocalizedText#nl()} and no English
   *     reading
   */
  public abstract Optional<LocalizedText> source();

  /**
   * Where the membership dates come from, in a language, as {@link LocalizedText#in(Locale)}
   * picks it (a source written in one language as it was written).
   *
   * @param locale the language, not null
   * @return the source in that language, or empty if the membership names none
   */
  public Optional<String> source(Locale locale) {
    requireNonNull(locale, "locale");
    return source().map(s -> s.in(locale));
  }

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

  /**
   * Builds {@link Membership} values; the table "Builder methods" of {@link Membership} lists what
   * each method sets and the rules {@code build()} checks.
   */
  public static final class Builder extends ImmutableMembership.Builder {
    Builder() {}

    /**
     * Sets a source written in one language: kept as written and shown as written in every
     * language (the text's {@link LocalizedText#nl() nl}, without an English reading).
     *
     * @param source where the membership dates come from, not null, not blank
     * @return this builder
     * @throws IllegalArgumentException if the source is blank, naming the field
     */
    public Builder source(String source) {
      requireNonNull(source, "source");
      checkArgument(!source.isBlank(), "Membership.source must not be blank: say where the"
          + " membership dates come from, got '%s'", source);
      source(LocalizedText.dutch(source));
      return this;
    }
  }
}
