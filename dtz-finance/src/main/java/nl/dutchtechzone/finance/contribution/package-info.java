/**
 * Contributions per inhabitant: the scheme (rate, reference date, payers, rounding), inhabitant
 * figures with their source and status, the register that says which figure counts, the
 * calculation of a year's contribution statement and the settlement of an estimate against the
 * final statement.
 */
@DtzStyle
package nl.dutchtechzone.finance.contribution;

import nl.dutchtechzone.finance.internal.DtzStyle;
