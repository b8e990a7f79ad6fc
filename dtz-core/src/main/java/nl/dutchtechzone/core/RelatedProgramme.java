package nl.dutchtechzone.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Another programme or scheme related to this one, and how: a regional deal whose pillar the
 * programme team develops, or a subsidy scheme that grew out of the programme.
 *
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(RelatedProgramme)} copies every
 *     field of a value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of RelatedProgramme sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code id(String)}</td><td>{@link #id()}: The stable id of the related
 *     programme</td><td>required; an id: letters, digits, '.', '_' or '-', starting with a letter
 *     or digit</td></tr>
 *   <tr><td>{@code name(String)}</td><td>{@link #name()}: Its name</td><td>required</td></tr>
 *   <tr><td>{@code kind(RelationKind)}</td><td>{@link #kind()}: How it
 *     relates</td><td>required</td></tr>
 *   <tr><td>{@code ownGovernance(boolean)}</td><td>{@link #ownGovernance()}: Whether it has a
 *     governance of its own, separate from this programme's</td><td>required</td></tr>
 *   <tr><td>{@code pillar(String)}, {@code pillar(Optional)}</td><td>{@link #pillar()}: The pillar
 *     of the related programme that coincides with this programme's
 *     focus</td><td>optional</td></tr>
 *   <tr><td>{@code role(LocalizedText)}, {@code role(Optional)}</td><td>{@link #role()}: The role
 *     this programme plays for it, in words</td><td>optional</td></tr>
 *   <tr><td>{@code addCoFunderIds(String)}, {@code addCoFunderIds(String...)}, {@code
 *     addAllCoFunderIds(Iterable)}, {@code coFunderIds(Iterable)}</td><td>{@link #coFunderIds()}:
 *     The ids of the partners that fund it</td><td>any number; an id: letters, digits, '.', '_' or
 *     '-', starting with a letter or digit</td></tr>
 *   <tr><td>{@code lastOpenedYear(int)}, {@code lastOpenedYear(Optional)}</td><td>{@link
 *     #lastOpenedYear()}: The last year it was open for applications, for a
 *     scheme</td><td>optional; a year between 1900 and 2200</td></tr>
 *   <tr><td>{@code addFundEvents(FundEvent)}, {@code addFundEvents(FundEvent...)}, {@code
 *     addAllFundEvents(Iterable)}, {@code fundEvents(Iterable)}</td><td>{@link #fundEvents()}:
 *     What happened to its money, as far as the sources tell</td><td>any number; unique
 *     ids</td></tr>
 * </table>
 * <!-- builder-table:end -->
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RelatedProgramme {

  RelatedProgramme() {}

  /**
   * The stable id of the related programme.
   *
   * @return the id, such as {@code regio-deal-zuid-en-oost-drenthe}
   */
  public abstract String id();

  /**
   * Its name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * How it relates.
   *
   * @return the kind of relation
   */
  public abstract RelationKind kind();

  /**
   * Whether it has a governance of its own, separate from this programme's.
   *
   * @return true if it is governed separately
   */
  public abstract boolean ownGovernance();

  /**
   * The pillar of the related programme that coincides with this programme's focus.
   *
   * @return the pillar, such as {@code Werken}, or empty
   */
  public abstract Optional<String> pillar();

  /**
   * The role this programme plays for it, in words.
   *
   * @return the role, or empty
   */
  public abstract Optional<LocalizedText> role();

  /**
   * The ids of the partners that fund it.
   *
   * @return the partner ids, possibly empty
   */
  public abstract List<String> coFunderIds();

  /**
   * The last year it was open for applications, for a scheme.
   *
   * @return the year, or empty
   */
  public abstract Optional<Integer> lastOpenedYear();

  /**
   * What happened to its money, as far as the sources tell.
   *
   * @return the events, possibly empty
   */
  public abstract List<FundEvent> fundEvents();

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
    Ids.check("RelatedProgramme.id", id());
    coFunderIds().forEach(p -> Ids.check("RelatedProgramme.coFunderIds", p));
    lastOpenedYear().ifPresent(y -> Years.check("RelatedProgramme.lastOpenedYear", y));
    Ids.checkUnique("RelatedProgramme.fundEvents of '" + id() + "'", fundEvents(), FundEvent::id);
  }

  /**
   * Builds {@link RelatedProgramme} values; the table "Builder methods" of {@link RelatedProgramme}
   * lists what each method sets and the rules {@code build()} checks.
   */
  public static final class Builder extends ImmutableRelatedProgramme.Builder {
    Builder() {}
  }
}
