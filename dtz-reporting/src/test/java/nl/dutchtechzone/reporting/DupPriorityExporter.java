package nl.dutchtechzone.reporting;

/** A test provider claiming format {@code dup} with a higher priority. */
public class DupPriorityExporter extends GoodTestExporter {

  @Override
  public String format() {
    return "dup";
  }

  @Override
  public int priority() {
    return 10;
  }
}
