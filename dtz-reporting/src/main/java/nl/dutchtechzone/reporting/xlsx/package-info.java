/**
 * The built-in {@code xlsx} exporter: the document as an Office Open XML workbook with one sheet
 * per part, money as numeric cells with a euro format, totals as {@code SUM} formulas with their
 * value stored, and user text always in string cells.
 *
 * <p>The workbook is written by a small streaming writer of this package on {@link
 * java.util.zip.ZipOutputStream}: it stores each formula's computed value next to the formula and
 * writes no timestamp, which is what makes the export auditable and byte-for-byte repeatable. See
 * {@code docs/exporters.md} for the sheets, columns and formats.
 */
package nl.dutchtechzone.reporting.xlsx;
