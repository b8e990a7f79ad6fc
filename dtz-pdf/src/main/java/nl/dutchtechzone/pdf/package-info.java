/**
 * The {@code pdf} exporter ({@link nl.dutchtechzone.pdf.PdfExporter}): the export document of a
 * programme year as a PDF that is tagged for screen readers (PDF/UA-1) and fit for archiving
 * (PDF/A-2a), with embedded fonts, the document's language and title, and no clock.
 */
package nl.dutchtechzone.pdf;
