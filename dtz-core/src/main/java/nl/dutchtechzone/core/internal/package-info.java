/**
 * What dtz-core's code and the other dtz modules share that is not API: the Immutables style of
 * dtz-core's value types, and the one renderer of bundle messages ({@link
 * nl.dutchtechzone.core.internal.BundleMessages}), which reads bundles by the public language rule
 * of {@link nl.dutchtechzone.core.language.Languages}. The module exports this
 * package only to {@code nl.dutchtechzone.finance} and {@code nl.dutchtechzone.reporting}.
 */
@NullMarked
package nl.dutchtechzone.core.internal;

import org.jspecify.annotations.NullMarked;
