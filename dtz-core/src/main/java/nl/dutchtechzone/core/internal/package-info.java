/**
 * Build settings of dtz-core that are not API: the Immutables style of its value types. The
 * module does not export this package.
 */
@NullMarked
package nl.dutchtechzone.core.internal;

import org.jspecify.annotations.NullMarked;
