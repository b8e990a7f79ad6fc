package nl.dutchtechzone.reporting.document;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.dutchtechzone.reporting.spi.ExportContext;

/**
 * What a programme year's document holds, once, for every human-readable format: the title and
 * the sections in reading order, each with its paragraphs, key figures, tables of typed cells,
 * lists and the data behind its charts, all texts already in the document's language.
 *
 * <p>The Markdown, HTML and spreadsheet exporters render this model and nothing else, so they
 * show the same figures; a plugin may render it too ({@link #of(ExportContext)}) or ignore it.
 * Sections appear only for the parts of the context that are present, in this order: cover
 * letter, programme, key figures, financial statement, contributions, settlement, budget,
 * budget against actual, plan, gaps, report, validation (see {@link SectionKind}).
 *
 * <p>The model is additive: later versions may add sections, blocks, cell types and accessors,
 * but do not rename or remove them. This class is immutable and thread-safe.
 */
public final class Document {

  private final String programmeId;
  private final int year;
  private final Locale locale;
  private final String title;
  private final List<Section> sections;

  Document(String programmeId, int year, Locale locale, String title, List<Section> sections) {
    this.programmeId = requireNonNull(programmeId, "Document.programmeId");
    this.year = year;
    this.locale = requireNonNull(locale, "Document.locale");
    this.title = requireNonNull(title, "Document.title");
    this.sections = List.copyOf(sections);
  }

  /**
   * Builds the document of an export context.
   *
   * @param context the context, not null
   * @return the document in the context's language
   */
  public static Document of(ExportContext context) {
    requireNonNull(context, "context");
    return new DocumentBuilder(context).build();
  }

  /**
   * The id of the programme the document is about.
   *
   * @return the programme id
   */
  public String programmeId() {
    return programmeId;
  }

  /**
   * The year the document is filed under.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * The language of the document's texts.
   *
   * @return the locale, such as {@code nl}
   */
  public Locale locale() {
    return locale;
  }

  /**
   * The title: the programme's name, short name and the year.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * The top-level sections in reading order.
   *
   * @return the sections
   */
  public List<Section> sections() {
    return sections;
  }

  /**
   * The first top-level section of a kind.
   *
   * @param kind the kind, not null
   * @return the section, or empty if the document has none of that kind
   */
  public Optional<Section> section(SectionKind kind) {
    requireNonNull(kind, "kind");
    return sections.stream().filter(s -> s.kind() == kind).findFirst();
  }

  /**
   * Every table of the document, subsections included, in reading order.
   *
   * @return the tables
   */
  public List<Table> tables() {
    List<Table> out = new ArrayList<>();
    sections.forEach(s -> out.addAll(s.tables()));
    return out;
  }

  /**
   * A table by its id.
   *
   * @param id the table's id, not null
   * @return the table, or empty
   */
  public Optional<Table> table(String id) {
    requireNonNull(id, "id");
    return tables().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /**
   * The notation of the document's language, for writing its cells as text.
   *
   * @return the notation
   */
  public Notation notation() {
    return Notation.of(locale);
  }

  /**
   * The words of the document's language, for the labels a renderer adds itself.
   *
   * @return the texts
   */
  public Texts texts() {
    return Texts.of(locale);
  }
}
