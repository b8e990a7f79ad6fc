/**
 * The one language rule of dtz ({@link nl.dutchtechzone.core.language.Languages}): which
 * languages the library has texts in, which of them a {@link java.util.Locale} gets, and how a
 * resource bundle is found for a locale without the JVM's default locale taking part. Every dtz
 * module, the command line and exporter plugins call it; none keeps a copy.
 *
 * <p>The package depends on the JDK alone, so that every package of dtz-core (the money package,
 * which depends on nothing else of the model, included) can use it without a cycle.
 */
@NullMarked
package nl.dutchtechzone.core.language;

import org.jspecify.annotations.NullMarked;
