package nl.dutchtechzone.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation that takes part in a programme: a municipality, the province, a ministry, a
 * school, a business association, a company or an innovation hub.
 *
 * <p>A municipality carries its CBS code; no other kind does.
 *
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(Partner)} copies every field of a
 *     value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of Partner sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code id(String)}</td><td>{@link #id()}: The stable id of the partner within its
 *     programme</td><td>required; an id: letters, digits, '.', '_' or '-', starting with a letter
 *     or digit</td></tr>
 *   <tr><td>{@code name(String)}</td><td>{@link #name()}: The partner's name as it is usually
 *     written</td><td>required; must not be blank</td></tr>
 *   <tr><td>{@code kind(PartnerKind)}</td><td>{@link #kind()}: What kind of organisation this
 *     is</td><td>required</td></tr>
 *   <tr><td>{@code cbsCode(MunicipalityCode)}, {@code cbsCode(Optional)}</td><td>{@link
 *     #cbsCode()}: The CBS code, for a municipality</td><td>optional; required for a municipality
 *     (GM + 4 digits); must be empty for any other kind</td></tr>
 *   <tr><td>{@code description(LocalizedText)}, {@code description(Optional)}</td><td>{@link
 *     #description()}: A short description of the partner's role, where the source gives
 *     one</td><td>optional</td></tr>
 * </table>
 * <!-- builder-table:end -->
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Partner {

  Partner() {}

  /**
   * The stable id of the partner within its programme.
   *
   * @return the id, such as {@code emmen}
   */
  public abstract String id();

  /**
   * The partner's name as it is usually written.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * What kind of organisation this is.
   *
   * @return the kind
   */
  public abstract PartnerKind kind();

  /**
   * The CBS code, for a municipality.
   *
   * @return the code for a municipality, empty for any other kind
   */
  public abstract Optional<MunicipalityCode> cbsCode();

  /**
   * A short description of the partner's role, where the source gives one.
   *
   * @return the description, or empty
   */
  public abstract Optional<LocalizedText> description();

  /**
   * Whether this partner is a municipality.
   *
   * @return true for kind {@link PartnerKind#MUNICIPALITY}
   */
  public boolean isMunicipality() {
    return kind() == PartnerKind.MUNICIPALITY;
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A municipality.
   *
   * @param id the partner id, not null
   * @param name the name, not null
   * @param cbsCode the CBS code, not null, such as {@code GM0114}
   * @return the partner
   * @throws IllegalArgumentException if the id, name or code is malformed
   */
  public static Partner municipality(String id, String name, String cbsCode) {
    return builder()
        .id(id)
        .name(name)
        .kind(PartnerKind.MUNICIPALITY)
        .cbsCode(MunicipalityCode.of(cbsCode))
        .build();
  }

  /**
   * A partner that is not a municipality.
   *
   * @param id the partner id, not null
   * @param name the name, not null
   * @param kind the kind, not null, not {@link PartnerKind#MUNICIPALITY}
   * @return the partner
   * @throws IllegalArgumentException if the id or name is malformed, or the kind is municipality
   */
  public static Partner of(String id, String name, PartnerKind kind) {
    return builder().id(id).name(name).kind(kind).build();
  }

  @Value.Check
  final void check() {
    Ids.check("Partner.id", id());
    checkArgument(!name().isBlank(), "Partner.name of '%s' must not be blank", id());
    if (isMunicipality()) {
      checkArgument(cbsCode().isPresent(),
          "Partner.cbsCode of municipality '%s' is required (GM + 4 digits)", id());
    } else {
      checkArgument(cbsCode().isEmpty(),
          "Partner.cbsCode of '%s' must be empty for kind %s, got %s",
          id(), kind(), cbsCode().orElse(null));
    }
  }

  /**
   * Builds {@link Partner} values; the table "Builder methods" of {@link Partner} lists what each
   * method sets and the rules {@code build()} checks.
   */
  public static final class Builder extends ImmutablePartner.Builder {
    Builder() {}
  }
}
