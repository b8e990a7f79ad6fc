/**
 * The {@code markdown} exporter: a readable report with tables for money and lists of status,
 * in the CommonMark and GitHub-flavoured dialect that code-hosting sites render.
 */
@NullMarked
package nl.dutchtechzone.reporting.markdown;

import org.jspecify.annotations.NullMarked;
