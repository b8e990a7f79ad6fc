package nl.dutchtechzone.pdf.internal;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * What the PDF says about itself besides its pages: title, description, language and the date it
 * carries as both creation and modification date.
 *
 * <p>The title and the description go into the XHTML ({@code <title>}, {@code <meta
 * name="description">}), from where openhtmltopdf copies them into the document information and
 * the XMP metadata; the language becomes the catalog's {@code /Lang}. The date replaces the clock
 * openhtmltopdf would otherwise read, so that the same input gives the same bytes.
 *
 * @param title the document title, not null, not blank
 * @param description a one-sentence description, not null, not blank
 * @param language the BCP 47 language tag, {@code nl} or {@code en}, not null
 * @param date the creation and modification date, not null
 */
public record PdfMetadata(String title, String description, String language, LocalDate date) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the title or description is blank or the language is
   *     neither {@code nl} nor {@code en}
   */
  public PdfMetadata {
    requireNonNull(title, "title");
    requireNonNull(description, "description");
    requireNonNull(language, "language");
    requireNonNull(date, "date");
    if (title.isBlank()) {
      throw new IllegalArgumentException("PdfMetadata.title must not be blank");
    }
    if (description.isBlank()) {
      throw new IllegalArgumentException("PdfMetadata.description must not be blank");
    }
    if (!language.equals("nl") && !language.equals("en")) {
      throw new IllegalArgumentException(
          "PdfMetadata.language must be nl or en, got '" + language + "'");
    }
  }
}
