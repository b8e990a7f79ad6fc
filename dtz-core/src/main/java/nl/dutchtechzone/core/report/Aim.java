package nl.dutchtechzone.core.report;

import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.LocalizedText;
import org.immutables.value.Value;

/**
 * An aim the year's activities serve, such as "strengthen the ecosystem".
 *
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(Aim)} copies every field of a
 *     value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of Aim sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code id(String)}</td><td>{@link #id()}: The stable id of the aim, unique within its
 *     report</td><td>required; an id: letters, digits, '.', '_' or '-', starting with a letter or
 *     digit</td></tr>
 *   <tr><td>{@code text(LocalizedText)}</td><td>{@link #text()}: The aim in
 *     words</td><td>required</td></tr>
 * </table>
 * <!-- builder-table:end -->
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
