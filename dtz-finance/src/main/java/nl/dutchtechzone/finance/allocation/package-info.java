/**
 * Sharing money without losing cents: an allocation key, the largest-remainder method, and cost
 * sharing with categories attributed wholly to one partner and in-kind capacity reported apart
 * from cash.
 */
@DtzStyle
package nl.dutchtechzone.finance.allocation;

import nl.dutchtechzone.finance.internal.DtzStyle;
