/**
 * The {@code html} exporter: one self-contained page (inline CSS and inline SVG, nothing fetched
 * from the network) that shows a programme year at a glance and prints well.
 */
@NullMarked
package nl.dutchtechzone.reporting.html;

import org.jspecify.annotations.NullMarked;
