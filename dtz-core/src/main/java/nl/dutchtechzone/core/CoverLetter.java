package nl.dutchtechzone.core;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * The letter with which a plan and a report travel to a council, such as the provincial
 * executive's letter to the provincial council of Drenthe of 16 May 2023.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CoverLetter {

  CoverLetter() {}

  /**
   * Who sends the letter.
   *
   * @return the sender, such as {@code Gedeputeerde Staten van Drenthe}
   */
  public abstract String from();

  /**
   * Who receives it.
   *
   * @return the addressee, such as {@code Provinciale Staten van Drenthe}
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

  /** Builds {@link CoverLetter} values. */
  public static final class Builder extends ImmutableCoverLetter.Builder {
    Builder() {}
  }
}
