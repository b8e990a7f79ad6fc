/**
 * The annual plan: investment themes with their action points and targets, the infographic
 * headings, the budget and the in-kind capacity partners offer.
 */
@DtzStyle
package nl.dutchtechzone.core.plan;

import nl.dutchtechzone.core.internal.DtzStyle;
