/**
 * The versioned JSON dataset format of dtz ({@code "dtzFormat": 1}): a whole programme with its
 * partners, memberships, plans, reports and cover letters in one file, bound from the model's
 * own value types by jackson-databind ({@code DatasetModule}, reading from the token stream).
 *
 * <p>{@link nl.dutchtechzone.reporting.json.JsonDatasets} writes and reads datasets;
 * {@link nl.dutchtechzone.reporting.json.Dataset} holds the parts;
 * {@link nl.dutchtechzone.reporting.json.DatasetException} lists every problem of a bad file with
 * its JSON path, line and column. The format is documented field by field in
 * {@code docs/dataset-format.md}.
 */
@DtzStyle
@NullMarked
package nl.dutchtechzone.reporting.json;

import nl.dutchtechzone.reporting.internal.DtzStyle;
import org.jspecify.annotations.NullMarked;
