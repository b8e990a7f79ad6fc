package nl.dutchtechzone.pdf.internal;

import static java.util.Objects.requireNonNull;

import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.reporting.spi.ExportContext;

/**
 * The XHTML the {@code pdf} exporter lays out for an export context: a print style sheet and the
 * document's parts, with the title and description the PDF's metadata repeats.
 *
 * <p>Every text goes through {@link Xhtml}, which escapes it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DocumentXhtml {

  /** The print style sheet: A4, the embedded font, page numbers in the bottom margin. */
  static final String CSS = String.join("\n",
      "@page { size: A4; margin: 20mm 18mm 22mm 18mm;",
      "  @bottom-right { content: counter(page) ' / ' counter(pages);",
      "    font-family: '" + PdfRendering.FONT_FAMILY + "'; font-size: 8pt; color: #333333; } }",
      "body { font-family: '" + PdfRendering.FONT_FAMILY + "'; font-size: 10pt;"
          + " line-height: 1.35; color: #000000; }",
      "h1 { font-size: 18pt; font-weight: bold; margin: 0 0 6pt 0; }",
      "h2 { font-size: 14pt; font-weight: bold; margin: 14pt 0 4pt 0;"
          + " page-break-after: avoid; }",
      "h3 { font-size: 11pt; font-weight: bold; margin: 10pt 0 3pt 0;"
          + " page-break-after: avoid; }",
      "p { margin: 0 0 5pt 0; }",
      "table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt 0;"
          + " -fs-table-paginate: paginate; }",
      "caption { text-align: left; font-weight: bold; padding: 0 0 3pt 0; }",
      "th, td { border: 0.5pt solid #555555; padding: 2pt 4pt; vertical-align: top; }",
      "th { font-weight: bold; text-align: left; background-color: #e8eef4; }",
      "td.num, th.num { text-align: right; }",
      "tr { page-break-inside: avoid; }",
      "ul { margin: 0 0 6pt 0; padding-left: 14pt; }",
      "dl { margin: 0 0 6pt 0; } dt { font-weight: bold; } dd { margin: 0 0 3pt 12pt; }");

  private final String title;
  private final String description;
  private final String xhtml;

  private DocumentXhtml(String title, String description, String xhtml) {
    this.title = title;
    this.description = description;
    this.xhtml = xhtml;
  }

  /**
   * Renders the document of a context.
   *
   * @param context the document, not null
   * @return its XHTML with title and description
   */
  public static DocumentXhtml of(ExportContext context) {
    requireNonNull(context, "context");
    Programme programme = context.programme();
    String language = context.locale().getLanguage();
    String title = programme.name() + " (" + programme.shortName() + ") " + context.year();
    String description = title;
    Xhtml x = new Xhtml(language);
    x.open("head")
        .element("title", title)
        .empty("meta", "name", "description", "content", description)
        .style(CSS)
        .close();
    x.open("body");
    x.element("h1", title);
    x.close();
    return new DocumentXhtml(title, description, x.finish());
  }

  /**
   * The document title, as in the {@code <title>} element and the PDF's metadata.
   *
   * @return the title, not blank
   */
  public String title() {
    return title;
  }

  /**
   * The one-line description, as in {@code <meta name="description">} and the PDF's subject.
   *
   * @return the description, not blank
   */
  public String description() {
    return description;
  }

  /**
   * The XHTML document.
   *
   * @return well-formed XHTML
   */
  public String xhtml() {
    return xhtml;
  }
}
