/**
 * The annual report: the financial statement, indicator values, observations, outcomes and
 * activities, each optionally linked to the action points of a plan.
 */
@DtzStyle
package nl.dutchtechzone.core.report;

import nl.dutchtechzone.core.internal.DtzStyle;
