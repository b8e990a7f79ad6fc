package nl.dutchtechzone.core.report;

import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.LocalizedText;
import org.immutables.value.Value;

/**
 * An aim the year's activities serve, such as "strengthen the ecosystem".
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Aim {

  Aim() {}

  /**
   * The stable id of the aim, unique within its report.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String id();

  /**
   * The aim in words.
   *
   * @return the text
   */
  @Value.Parameter
  public abstract LocalizedText text();

  /**
   * Creates an aim.
   *
   * @param id the id, not null
   * @param text the text, not null
   * @return the aim
   * @throws IllegalArgumentException if the id is malformed
   */
  public static Aim of(String id, LocalizedText text) {
    return ImmutableAim.of(id, text);
  }

  @Value.Check
  final void check() {
    Ids.check("Aim.id", id());
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

  /** Builds {@link Aim} values; obtain one through {@link Aim#builder()}. */
  public static final class Builder extends ImmutableAim.Builder {
    Builder() {}
  }
}
