/**
 * Helpers shared by the built-in exporters: number and money formatting built from explicit
 * symbols, and the Dutch and English labels. Not exported; not an API.
 */
@NullMarked
package nl.dutchtechzone.reporting.internal;

import org.jspecify.annotations.NullMarked;
