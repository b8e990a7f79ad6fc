/**
 * Plan-to-report tracking, the exporter SPI with its registry, the built-in exporters and the
 * JSON dataset format.
 */
module nl.dutchtechzone.reporting {
  requires transitive nl.dutchtechzone.core;
  requires transitive nl.dutchtechzone.finance;
  requires com.google.common;
  requires org.slf4j;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires org.apache.commons.csv;
  requires static org.jspecify;
  requires static org.immutables.value;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports nl.dutchtechzone.reporting;
  exports nl.dutchtechzone.reporting.cbs;
  exports nl.dutchtechzone.reporting.document;
  exports nl.dutchtechzone.reporting.json;
  exports nl.dutchtechzone.reporting.spi;
  exports nl.dutchtechzone.reporting.tracking;

  // The texts of the quantities the tracker's overflow errors name, which dtz-core's code renders.
  opens nl.dutchtechzone.reporting.tracking to nl.dutchtechzone.core;

  uses nl.dutchtechzone.reporting.spi.ReportExporter;

  provides nl.dutchtechzone.reporting.spi.ReportExporter with
      nl.dutchtechzone.reporting.csv.CsvExporter,
      nl.dutchtechzone.reporting.csv.CsvProgressExporter,
      nl.dutchtechzone.reporting.html.HtmlExporter,
      nl.dutchtechzone.reporting.json.JsonExporter,
      nl.dutchtechzone.reporting.markdown.MarkdownExporter,
      nl.dutchtechzone.reporting.xlsx.XlsxExporter;
}
