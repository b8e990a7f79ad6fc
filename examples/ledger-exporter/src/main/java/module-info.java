/**
 * A third-party exporter plugin for dtz: booking lines for a municipality's ledger.
 *
 * <p>On the module path the exporter is found through {@code provides}; on the class path (or
 * in a jar loaded through a class loader of its own) through {@code
 * META-INF/services/nl.dutchtechzone.reporting.spi.ReportExporter}.
 */
module nl.dutchtechzone.examples.ledger {
  requires transitive nl.dutchtechzone.reporting;

  exports nl.dutchtechzone.examples.ledger;

  provides nl.dutchtechzone.reporting.spi.ReportExporter with
      nl.dutchtechzone.examples.ledger.LedgerExporter;
}
