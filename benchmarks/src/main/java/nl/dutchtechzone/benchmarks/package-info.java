/**
 * JMH benchmarks of dtz, run from the shaded {@code benchmarks.jar}; the data they use is
 * synthetic, generated to a given size, and not Dutch TechZone data.
 */
package nl.dutchtechzone.benchmarks;
