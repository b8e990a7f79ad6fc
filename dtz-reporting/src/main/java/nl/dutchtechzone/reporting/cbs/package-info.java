/**
 * Readers for the inhabitant figures of Statistics Netherlands (CBS) as CBS serves them: the OData
 * v3 {@code TypedDataSet} JSON of table 03759ned (population on 1 January) with its {@code
 * Perioden} file, the same service's table 37230ned (population per month), and StatLine's CSV
 * download.
 *
 * <p>{@link nl.dutchtechzone.reporting.cbs.CbsReader} reads a file into {@link
 * nl.dutchtechzone.reporting.cbs.CbsFigures}: inhabitant figures with their {@linkplain
 * nl.dutchtechzone.finance.contribution.Provenance provenance}, for the programme's municipalities
 * only, and a note of what was skipped. Bad input is a {@link
 * nl.dutchtechzone.reporting.cbs.CbsException} naming the file, the row (line or JSON path) and
 * the field. JSON is read with Jackson's streaming API in flat memory. The shapes are documented
 * in {@code docs/inhabitant-figures.md}.
 */
@DtzStyle
@NullMarked
package nl.dutchtechzone.reporting.cbs;

import nl.dutchtechzone.reporting.internal.DtzStyle;
import org.jspecify.annotations.NullMarked;
