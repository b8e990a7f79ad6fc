/**
 * The programme and its partners: who takes part, since when, in which role, and how the
 * programme relates to other programmes.
 *
 * <p>Every type here is an immutable value whose invariants are checked when it is built. Business
 * rules (does a statement add up?) are not invariants; they live in {@code dtz-finance}.
 */
@DtzStyle
package nl.dutchtechzone.core;

import nl.dutchtechzone.core.internal.DtzStyle;
