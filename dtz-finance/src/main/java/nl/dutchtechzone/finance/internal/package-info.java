/**
 * What dtz-finance's packages share that is not API: the Immutables style of its value types and
 * the quantities that its overflow errors name ({@link
 * nl.dutchtechzone.finance.internal.Quantities}, with their bundles). The module does not export
 * this package.
 */
@NullMarked
package nl.dutchtechzone.finance.internal;

import org.jspecify.annotations.NullMarked;
