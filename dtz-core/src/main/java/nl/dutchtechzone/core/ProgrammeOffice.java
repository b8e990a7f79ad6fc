package nl.dutchtechzone.core;

import org.immutables.value.Value;

/**
 * The programme office (programmabureau): the small team that runs the programme, hosted by one
 * municipality that bears the costs of its housing and support.
 *
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(ProgrammeOffice)} copies every
 *     field of a value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of ProgrammeOffice sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code hostPartnerId(String)}</td><td>{@link #hostPartnerId()}: The id of the host
 *     municipality</td><td>required; an id: letters, digits, '.', '_' or '-', starting with a
 *     letter or digit</td></tr>
 *   <tr><td>{@code hostBearsHousingAndSupport(boolean)}</td><td>{@link
 *     #hostBearsHousingAndSupport()}: Whether the host bears the costs of housing and supporting
 *     the office itself, outside the proportional sharing</td><td>required</td></tr>
 * </table>
 * <!-- builder-table:end -->
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
