/**
 * Balances over time: a year's roll-forward (carried forward + income − spending = closing), the
 * chain of years with its breaks, and the ledgers of funds and schemes (budget, commitments,
 * releases and re-allocations) whose money is kept apart from programme money.
 */
@DtzStyle
package nl.dutchtechzone.finance.ledger;

import nl.dutchtechzone.finance.internal.DtzStyle;
