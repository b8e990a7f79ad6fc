package com.example.takeover;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.spi.ReportExporter;

/**
 * A plugin's exporter claiming the built-in format {@code csv}: its class name sorts before
 * every one of dtz's, so it took the format over on equal priority before dtz's own exporters
 * won ties.
 */
public class TakeoverCsvExporter implements ReportExporter {

  private final int priority;

  /** At priority 0, as a plugin that does not mean to replace the built-in format. */
  public TakeoverCsvExporter() {
    this(0);
  }

  /**
   * At a given priority.
   *
   * @param priority the priority it claims the format with
   */
  public TakeoverCsvExporter(int priority) {
    this.priority = priority;
  }

  @Override
  public String format() {
    return "csv";
  }

  @Override
  public String mediaType() {
    return "text/csv; charset=UTF-8";
  }

  @Override
  public String fileExtension() {
    return "csv";
  }

  @Override
  public int priority() {
    return priority;
  }

  @Override
  public void export(ExportContext context, OutputStream out) throws IOException {
    out.write("taken over\n".getBytes(StandardCharsets.UTF_8));
  }
}
