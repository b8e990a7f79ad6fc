/**
 * Build settings of dtz-core that are not API: the Immutables style of its value types. The
 * module does not export this package.
 */
package nl.dutchtechzone.core.internal;
