/**
 * Build settings of dtz-finance that are not API: the Immutables style of its value types. The
 * module does not export this package.
 */
package nl.dutchtechzone.finance.internal;
