package nl.dutchtechzone.reporting.document;

/**
 * One part of a {@link Section}, in reading order: a subsection, a paragraph, a table, a chart,
 * key figures, labelled fields or a list.
 *
 * <p>More kinds of block may be added in later versions; a renderer should skip or write as
 * text a block it does not know. Every block is immutable and thread-safe.
 */
public sealed interface Block permits Section, Paragraph, Table, Chart, KeyFigures, Fields,
    ItemList {}
