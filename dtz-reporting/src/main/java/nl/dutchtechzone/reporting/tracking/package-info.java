/**
 * Plan-to-report tracking: what was planned, what was done, what it cost, what it achieved and
 * what happened that was not planned, per action, theme, plan, year and strategic period.
 *
 * <p>Start with {@link nl.dutchtechzone.reporting.tracking.TrackingInput} (a programme, its
 * annual plans and reports, and what the caller knows besides them: status assessments, extra
 * links, explanations of budget variances), pass it to {@link
 * nl.dutchtechzone.reporting.tracking.Tracker#track(TrackingInput)} and read the immutable
 * {@link nl.dutchtechzone.reporting.tracking.TrackingReport}, the value the exporters write.
 */
@DtzStyle
package nl.dutchtechzone.reporting.tracking;

import nl.dutchtechzone.reporting.internal.DtzStyle;
