/**
 * Reporting on a programme year: the registry of exporters ({@link
 * nl.dutchtechzone.reporting.Exporters}) and what goes wrong when providers are loaded ({@link
 * nl.dutchtechzone.reporting.ProviderProblem}).
 */
@DtzStyle
package nl.dutchtechzone.reporting;

import nl.dutchtechzone.reporting.internal.DtzStyle;
