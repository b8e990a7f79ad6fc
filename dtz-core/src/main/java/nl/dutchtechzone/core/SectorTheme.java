package nl.dutchtechzone.core;

import org.immutables.value.Value;

/**
 * A sector the programme works on, such as the manufacturing industry or logistics.
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
