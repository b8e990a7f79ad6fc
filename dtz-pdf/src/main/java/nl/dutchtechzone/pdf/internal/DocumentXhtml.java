package nl.dutchtechzone.pdf.internal;

import static java.util.Objects.requireNonNull;

import java.util.List;
import nl.dutchtechzone.reporting.document.Block;
import nl.dutchtechzone.reporting.document.Cell;
import nl.dutchtechzone.reporting.document.Chart;
import nl.dutchtechzone.reporting.document.ChartItem;
import nl.dutchtechzone.reporting.document.Column;
import nl.dutchtechzone.reporting.document.Document;
import nl.dutchtechzone.reporting.document.Field;
import nl.dutchtechzone.reporting.document.Fields;
import nl.dutchtechzone.reporting.document.Item;
import nl.dutchtechzone.reporting.document.ItemList;
import nl.dutchtechzone.reporting.document.KeyFigure;
import nl.dutchtechzone.reporting.document.KeyFigures;
import nl.dutchtechzone.reporting.document.Notation;
import nl.dutchtechzone.reporting.document.Paragraph;
import nl.dutchtechzone.reporting.document.Row;
import nl.dutchtechzone.reporting.document.Section;
import nl.dutchtechzone.reporting.document.Table;
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
      "td.num, th.num { text-align: right; white-space: nowrap; }",
      "tr { page-break-inside: avoid; }",
      "ul { margin: 0 0 6pt 0; padding-left: 14pt; }",
      "table { font-size: 8pt; }",
      "tr.total td { font-weight: bold; border-top: 1pt solid #000000; }",
      "tr.excluded td { color: #444444; }",
      "p.note { color: #333333; } p.warning { font-weight: bold; }",
      "p.chart-title { font-weight: bold; margin-top: 6pt; }",
      "span.lead { font-weight: bold; }",
      "table.fields { width: auto; font-size: 10pt; margin: 2pt 0 8pt 0; }",
      "table.fields th, table.fields td { border: none; background-color: transparent;"
          + " padding: 1pt 12pt 1pt 0; }");

  private final String title;
  private final String description;
  private final String xhtml;

  private DocumentXhtml(String title, String description, String xhtml) {
    this.title = title;
    this.description = description;
    this.xhtml = xhtml;
  }

  /**
   * Renders the document of a context: {@link Document#of(ExportContext)}, then {@link
   * #of(Document)}.
   *
   * @param context the document, not null
   * @return its XHTML with title and description
   */
  public static DocumentXhtml of(ExportContext context) {
    requireNonNull(context, "context");
    return of(Document.of(context));
  }

  /**
   * Renders a document: the title as the one {@code h1}, each section as {@code h2} with its
   * blocks, subsections one heading level deeper (at most {@code h6}). Key figures and labelled
   * fields are two-column tables whose labels are row headers ({@code th scope="row"}). Tables keep their
   * caption, header cells ({@code th scope="col"}) and typed cells in the document's notation,
   * numbers aligned right; a chart is given as its title and text alternative, and as a list of
   * its figures when the section has no table with the same figures.
   *
   * @param document the document, not null
   * @return its XHTML with title and description
   */
  public static DocumentXhtml of(Document document) {
    requireNonNull(document, "document");
    String title = document.title();
    String description = description(document);
    Xhtml x = new Xhtml(document.locale().getLanguage());
    x.open("head")
        .element("title", title)
        .empty("meta", "name", "subject", "content", description)
        .style(CSS)
        .close();
    x.open("body");
    x.element("h1", title);
    Notation notation = document.notation();
    for (Section section : document.sections()) {
      section(x, section, 2, document, notation);
    }
    x.close();
    return new DocumentXhtml(title, description, x.finish());
  }

  /** The title and the headings of the sections: what the document holds, in one line. */
  private static String description(Document document) {
    StringBuilder description = new StringBuilder(document.title());
    String separator = ": ";
    for (Section section : document.sections()) {
      description.append(separator).append(section.heading());
      separator = ", ";
    }
    return description.toString();
  }

  private static void section(Xhtml x, Section section, int level, Document document,
      Notation notation) {
    x.element("h" + Math.min(level, 6), section.heading());
    for (Block block : section.blocks()) {
      if (block instanceof Section sub) {
        section(x, sub, level + 1, document, notation);
      } else if (block instanceof Paragraph paragraph) {
        paragraph(x, paragraph);
      } else if (block instanceof Table table) {
        table(x, table, notation);
      } else if (block instanceof Chart chart) {
        chart(x, chart, section, document, notation);
      } else if (block instanceof KeyFigures figures) {
        x.open("table", "class", "fields").open("tbody");
        for (KeyFigure figure : figures.figures()) {
          x.open("tr").element("th", figure.label(), "scope", "row")
              .element("td", notation.format(figure.value()),
                  "class", isNumeric(figure.value()) ? "num" : null)
              .close();
        }
        x.close().close();
      } else if (block instanceof Fields fields) {
        fields(x, fields.fields(), notation);
      } else if (block instanceof ItemList list) {
        items(x, list, notation);
      } else {
        throw new IllegalStateException("the pdf exporter does not know the block "
            + block.getClass().getName() + "; render it before adding it to the model");
      }
    }
  }

  private static void paragraph(Xhtml x, Paragraph paragraph) {
    switch (paragraph.style()) {
      case NOTE -> x.element("p", paragraph.text(), "class", "note");
      case WARNING -> x.element("p", paragraph.text(), "class", "warning");
      default -> x.element("p", paragraph.text());
    }
  }

  private static void fields(Xhtml x, List<Field> fields, Notation notation) {
    x.open("table", "class", "fields").open("tbody");
    for (Field field : fields) {
      x.open("tr").element("th", field.label(), "scope", "row")
          .element("td", notation.format(field.value())).close();
    }
    x.close().close();
  }

  private static boolean isNumeric(Cell cell) {
    return switch (cell.type()) {
      case MONEY, RATE, COUNT, NUMBER, PERCENT -> true;
      default -> false;
    };
  }

  private static void items(Xhtml x, ItemList list, Notation notation) {
    x.open("ul");
    for (Item item : list.items()) {
      x.open("li");
      item.lead().ifPresent(lead -> x.element("span", notation.format(lead) + " ",
          "class", "lead"));
      item.title().ifPresent(t -> x.element("strong", t + " "));
      x.text(item.text());
      if (!item.details().isEmpty()) {
        fields(x, item.details(), notation);
      }
      x.close();
    }
    x.close();
  }

  private static void table(Xhtml x, Table table, Notation notation) {
    List<Column> columns = table.columns();
    x.open("table").element("caption", table.caption());
    x.open("thead").open("tr");
    for (Column column : columns) {
      x.element("th", column.header(), "scope", "col",
          "class", column.isNumeric() ? "num" : null);
    }
    x.close().close();
    x.open("tbody");
    for (Row row : table.rows()) {
      x.open("tr", "class", switch (row.kind()) {
        case TOTAL -> "total";
        case EXCLUDED -> "excluded";
        default -> null;
      });
      for (int i = 0; i < columns.size(); i++) {
        x.element("td", notation.format(row.cell(i)),
            "class", columns.get(i).isNumeric() ? "num" : null);
      }
      x.close();
    }
    x.close().close();
  }

  private static void chart(Xhtml x, Chart chart, Section section, Document document,
      Notation notation) {
    x.open("div", "class", "chart");
    x.element("p", chart.title(), "class", "chart-title");
    x.element("p", chart.description());
    x.close();
    boolean tableInSection = section.tables().stream()
        .anyMatch(t -> t.id().equals(chart.tableId()));
    if (!tableInSection) {
      x.open("ul", "class", "chart-items");
      for (ChartItem item : chart.items()) {
        StringBuilder text = new StringBuilder(item.label()).append(':');
        for (int i = 0; i < item.values().size(); i++) {
          text.append(i == 0 ? " " : "; ").append(chart.series().get(i).label()).append(' ')
              .append(notation.format(item.values().get(i)));
        }
        x.element("li", text.toString());
      }
      x.close();
    }
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
   * The one-line description, as in {@code <meta name="subject">}, the PDF's subject and its
   * {@code dc:description}.
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
