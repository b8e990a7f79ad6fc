/**
 * What dtz-core's code and the other dtz modules share that is not API: the Immutables style of
 * dtz-core's value types, and the one renderer of bundle messages with the language rule of every
 * bundle of dtz ({@link nl.dutchtechzone.core.internal.BundleMessages}). The module exports this
 * package only to {@code nl.dutchtechzone.finance} and {@code nl.dutchtechzone.reporting}.
 */
@NullMarked
package nl.dutchtechzone.core.internal;

import org.jspecify.annotations.NullMarked;
