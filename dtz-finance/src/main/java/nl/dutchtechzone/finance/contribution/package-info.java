/**
 * Contributions per inhabitant: the scheme (rate, reference date, payers, rounding), inhabitant
 * figures with their source, status (provisional, revised provisional, final) and, for figures
 * read from CBS, their {@link nl.dutchtechzone.finance.contribution.Provenance}; the register
 * that says which figure counts, as known at a status or a date, and why ({@link
 * nl.dutchtechzone.finance.contribution.FigureChoice}); the calculation of a year's contribution
 * statement, with municipal {@link nl.dutchtechzone.finance.contribution.Reorganisation}s; the
 * settlement of one statement against a later one, and the {@link
 * nl.dutchtechzone.finance.contribution.ContributionHistory} of a year over every vintage of its
 * figures. This package does no I/O; CBS downloads are read in {@code
 * nl.dutchtechzone.reporting.cbs}.
 */
@DtzStyle
@NullMarked
package nl.dutchtechzone.finance.contribution;

import nl.dutchtechzone.finance.internal.DtzStyle;
import org.jspecify.annotations.NullMarked;
