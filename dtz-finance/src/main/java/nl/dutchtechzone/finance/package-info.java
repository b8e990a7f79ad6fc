/**
 * Money policy of a partnership programme: contributions, cost sharing, roll-forward, funds and
 * validation of budgets and statements.
 */
@DtzStyle
package nl.dutchtechzone.finance;

import nl.dutchtechzone.finance.internal.DtzStyle;
