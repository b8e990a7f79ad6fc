/**
 * Reporting on a programme year: the exporter registry and the document exporters write.
 */
@DtzStyle
package nl.dutchtechzone.reporting;

import nl.dutchtechzone.core.DtzStyle;
