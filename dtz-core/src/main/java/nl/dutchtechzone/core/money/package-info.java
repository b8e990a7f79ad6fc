/**
 * Exact amounts of money in euros.
 *
 * <p>{@link nl.dutchtechzone.core.money.Money} keeps whole cents; every operation that could
 * produce fractions of a cent takes an explicit {@link java.math.RoundingMode}.
 */
@NullMarked
package nl.dutchtechzone.core.money;

import org.jspecify.annotations.NullMarked;
