/**
 * The {@code pdf} exporter: the export document of a programme year as a tagged, archivable PDF
 * (PDF/UA-1 and PDF/A-2a), rendered from dtz's document model through XHTML with openhtmltopdf
 * and PDFBox.
 *
 * <p>A plugin like any other: it provides {@link nl.dutchtechzone.reporting.spi.ReportExporter}
 * and is found by {@link java.util.ServiceLoader} on the module path and the class path alike.
 */
module nl.dutchtechzone.pdf {
  requires transitive nl.dutchtechzone.reporting;
  requires java.desktop;
  requires java.logging;
  requires java.xml;
  requires openhtmltopdf.core;
  requires openhtmltopdf.pdfbox;
  requires org.apache.pdfbox;
  // PDFBox, an automatic module, logs through commons-logging, a named module that nothing
  // else requires: named here so that it resolves on the module path.
  requires org.apache.commons.logging;
  requires org.apache.xmpbox;
  requires org.slf4j;

  exports nl.dutchtechzone.pdf;

  provides nl.dutchtechzone.reporting.spi.ReportExporter with
      nl.dutchtechzone.pdf.PdfExporter;
}
