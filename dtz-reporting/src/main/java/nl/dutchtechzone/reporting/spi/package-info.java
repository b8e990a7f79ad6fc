/**
 * The exporter service-provider interface: what a plugin implements ({@link
 * nl.dutchtechzone.reporting.spi.ReportExporter}) and what it is given ({@link
 * nl.dutchtechzone.reporting.spi.ExportContext}, {@link
 * nl.dutchtechzone.reporting.spi.ExportOptions}).
 *
 * <p>This package is a contract that other systems code against. It grows only by adding: new
 * optional parts of the context, new default methods on the exporter interface, new option
 * names. Existing methods keep their meaning.
 */
@DtzStyle
package nl.dutchtechzone.reporting.spi;

import nl.dutchtechzone.reporting.internal.DtzStyle;
