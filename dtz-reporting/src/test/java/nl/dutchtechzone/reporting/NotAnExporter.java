package nl.dutchtechzone.reporting;

/** A test "provider" that does not implement the exporter interface. */
public class NotAnExporter {

  @Override
  public String toString() {
    return "not an exporter";
  }
}
