package nl.dutchtechzone.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Another programme or scheme related to this one, and how: a regional deal whose pillar the
 * programme team develops, or a subsidy scheme that grew out of the programme.
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

  /** Builds {@link RelatedProgramme} values. */
  public static final class Builder extends ImmutableRelatedProgramme.Builder {
    Builder() {}
  }
}
