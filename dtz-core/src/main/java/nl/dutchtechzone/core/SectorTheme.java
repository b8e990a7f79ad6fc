package nl.dutchtechzone.core;

import org.immutables.value.Value;

/**
 * A sector the programme works on, such as the manufacturing industry or logistics.
 *
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(SectorTheme)} copies every field of
 *     a value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of SectorTheme sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code id(String)}</td><td>{@link #id()}: The stable id of the theme</td><td>required;
 *     an id: letters, digits, '.', '_' or '-', starting with a letter or digit</td></tr>
 *   <tr><td>{@code name(LocalizedText)}</td><td>{@link #name()}: The name of the
 *     theme</td><td>required</td></tr>
 * </table>
 * <!-- builder-table:end -->
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SectorTheme {

  SectorTheme() {}

  /**
   * The stable id of the theme.
   *
   * @return the id, such as {@code manufacturing}
   */
  @Value.Parameter
  public abstract String id();

  /**
   * The name of the theme.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract LocalizedText name();

  /**
   * Creates a sector theme.
   *
   * @param id the id, not null
   * @param name the name, not null
   * @return the theme
   * @throws IllegalArgumentException if the id is malformed
   */
  public static SectorTheme of(String id, LocalizedText name) {
    return ImmutableSectorTheme.of(id, name);
  }

  @Value.Check
  final void check() {
    Ids.check("SectorTheme.id", id());
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

  /** Builds {@link SectorTheme} values; obtain one through {@link SectorTheme#builder()}. */
  public static final class Builder extends ImmutableSectorTheme.Builder {
    Builder() {}
  }
}
