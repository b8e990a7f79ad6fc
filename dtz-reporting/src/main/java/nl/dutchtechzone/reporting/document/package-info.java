/**
 * The document model: what a programme year's document holds, built once from an
 * {@link nl.dutchtechzone.reporting.spi.ExportContext} with
 * {@link nl.dutchtechzone.reporting.document.Document#of}, and rendered by the Markdown, HTML
 * and spreadsheet exporters (and by any plugin that wants to).
 *
 * <p>A {@link nl.dutchtechzone.reporting.document.Document} is a title and
 * {@link nl.dutchtechzone.reporting.document.Section}s in reading order; a section holds
 * {@link nl.dutchtechzone.reporting.document.Block}s: subsections, paragraphs, key figures,
 * labelled fields, lists, {@link nl.dutchtechzone.reporting.document.Table}s of typed
 * {@link nl.dutchtechzone.reporting.document.Cell}s (money, count, percentage, date, text, an id
 * with its display name) and the data behind each
 * {@link nl.dutchtechzone.reporting.document.Chart}. Every text is already in the document's
 * language, taken from the resource bundles read by
 * {@link nl.dutchtechzone.reporting.document.Texts}; values stay typed, and
 * {@link nl.dutchtechzone.reporting.document.Notation} writes them in one notation per kind.
 *
 * <p>The model is additive: later versions add, never rename or remove.
 */
package nl.dutchtechzone.reporting.document;
