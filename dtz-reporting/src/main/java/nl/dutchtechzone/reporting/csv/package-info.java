/**
 * The CSV exporters: {@code csv}, every money fact of the document as one tidy table, and {@code
 * csv-progress}, one row per planned action.
 *
 * <p>Both write RFC 4180 through Apache Commons CSV: UTF-8, CRLF line ends, fields quoted where
 * needed, a header row of stable lower-case column names, and codes (section, phase, status)
 * as stable lower-case ids whatever the locale; names and texts follow the locale. Options:
 * {@link nl.dutchtechzone.reporting.spi.ExportOptions#CSV_DIALECT} and {@link
 * nl.dutchtechzone.reporting.spi.ExportOptions#CSV_NEUTRALISE_FORMULAS}.
 */
@NullMarked
package nl.dutchtechzone.reporting.csv;

import org.jspecify.annotations.NullMarked;
