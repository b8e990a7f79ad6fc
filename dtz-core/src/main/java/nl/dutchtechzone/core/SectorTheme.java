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
}
