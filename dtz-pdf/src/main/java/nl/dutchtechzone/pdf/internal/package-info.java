/**
 * The machinery behind the {@code pdf} exporter: the XHTML it renders, the openhtmltopdf set-up
 * for PDF/UA-1 and PDF/A-2a, the embedded fonts and the fixed metadata. Not API: the module does
 * not export this package.
 */
package nl.dutchtechzone.pdf.internal;
