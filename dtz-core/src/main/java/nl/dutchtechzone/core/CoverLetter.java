package nl.dutchtechzone.core;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The letter with which a plan and a report travel to a council, such as a provincial
 * executive's letter to the provincial council.
 *
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(CoverLetter)} copies every field of
 *     a value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of CoverLetter sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code from(String)}</td><td>{@link #from()}: Who sends the
 *     letter</td><td>required</td></tr>
 *   <tr><td>{@code to(String)}</td><td>{@link #to()}: Who receives it</td><td>required</td></tr>
 *   <tr><td>{@code place(String)}</td><td>{@link #place()}: Where it was
 *     signed</td><td>required</td></tr>
 *   <tr><td>{@code date(LocalDate)}</td><td>{@link #date()}: When it was
 *     signed</td><td>required</td></tr>
 *   <tr><td>{@code reference(String)}</td><td>{@link #reference()}: The sender's reference (ons
 *     kenmerk)</td><td>required</td></tr>
 *   <tr><td>{@code handledBy(String)}</td><td>{@link #handledBy()}: Who handles it (behandeld
 *     door)</td><td>required</td></tr>
 *   <tr><td>{@code subject(String)}</td><td>{@link #subject()}: The subject
 *     (onderwerp)</td><td>required</td></tr>
 *   <tr><td>{@code status(LocalizedText)}</td><td>{@link #status()}: Its status, such as {@code
 *     Ter informatie} (for information)</td><td>required</td></tr>
 *   <tr><td>{@code addAttachments(String)}, {@code addAttachments(String...)}, {@code
 *     addAllAttachments(Iterable)}, {@code attachments(Iterable)}</td><td>{@link #attachments()}:
 *     The titles of the attachments</td><td>any number</td></tr>
 * </table>
 * <!-- builder-table:end -->
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CoverLetter {

  CoverLetter() {}

  /**
   * Who sends the letter.
   *
   * @return the sender, such as {@code Gedeputeerde Staten van Gelderland}
   */
  public abstract String from();

  /**
   * Who receives it.
   *
   * @return the addressee, such as {@code Provinciale Staten van Gelderland}
   */
  public abstract String to();

  /**
   * Where it was signed.
   *
   * @return the place
   */
  public abstract String place();

  /**
   * When it was signed.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * The sender's reference (ons kenmerk).
   *
   * @return the reference
   */
  public abstract String reference();

  /**
   * Who handles it (behandeld door).
   *
   * @return the team
   */
  public abstract String handledBy();

  /**
   * The subject (onderwerp).
   *
   * @return the subject
   */
  public abstract String subject();

  /**
   * Its status, such as {@code Ter informatie} (for information).
   *
   * @return the status
   */
  public abstract LocalizedText status();

  /**
   * The titles of the attachments.
   *
   * @return the attachments, in order
   */
  public abstract List<String> attachments();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link CoverLetter} values; the table "Builder methods" of {@link CoverLetter} lists
   * what each method sets and the rules {@code build()} checks.
   */
  public static final class Builder extends ImmutableCoverLetter.Builder {
    Builder() {}
  }
}
