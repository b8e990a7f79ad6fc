package nl.dutchtechzone.reporting.document;

import static java.util.Objects.requireNonNull;

/**
 * A paragraph of text.
 *
 * @param text the text in the document's language, not null
 * @param style how the paragraph reads, not null
 */
public record Paragraph(String text, Paragraph.Style style) implements Block {

  /** How a paragraph reads. */
  public enum Style {
    /** Ordinary text. */
    NORMAL,
    /** A side note in a smaller voice (a scope note, a source). */
    NOTE,
    /** Something the reader must notice (a stated total that differs from the sum). */
    WARNING,
    /** Text in a bold voice (a total in words). */
    STRONG
  }

  /**
   * Checks the parts.
   *
   * @param text the text, not null
   * @param style the style, not null
   */
  public Paragraph {
    requireNonNull(text, "Paragraph.text");
    requireNonNull(style, "Paragraph.style");
  }

  /**
   * An ordinary paragraph.
   *
   * @param text the text, not null
   * @return the paragraph
   */
  public static Paragraph of(String text) {
    return new Paragraph(text, Style.NORMAL);
  }
}
