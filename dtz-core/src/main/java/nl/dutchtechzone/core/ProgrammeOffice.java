package nl.dutchtechzone.core;

import org.immutables.value.Value;

/**
 * The programme office (programmabureau): the small team that runs the programme, hosted by one
 * municipality that bears the costs of its housing and support.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProgrammeOffice {

  ProgrammeOffice() {}

  /**
   * The id of the host municipality.
   *
   * @return the partner id, such as {@code emmen}
   */
  @Value.Parameter
  public abstract String hostPartnerId();

  /**
   * Whether the host bears the costs of housing and supporting the office itself, outside the
   * proportional sharing.
   *
   * @return true if housing and support are the host's
   */
  @Value.Parameter
  public abstract boolean hostBearsHousingAndSupport();

  /**
   * Creates an office.
   *
   * @param hostPartnerId the host municipality's partner id, not null
   * @param hostBearsHousingAndSupport whether the host bears housing and support costs
   * @return the office
   * @throws IllegalArgumentException if the id is malformed
   */
  public static ProgrammeOffice of(String hostPartnerId, boolean hostBearsHousingAndSupport) {
    return ImmutableProgrammeOffice.of(hostPartnerId, hostBearsHousingAndSupport);
  }

  @Value.Check
  final void check() {
    Ids.check("ProgrammeOffice.hostPartnerId", hostPartnerId());
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

  /** Builds {@link ProgrammeOffice} values; obtain one through {@link ProgrammeOffice#builder()}. */
  public static final class Builder extends ImmutableProgrammeOffice.Builder {
    Builder() {}
  }
}
