package nl.dutchtechzone.reporting.tracking;

import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.report.ReportItemKind;
import org.immutables.value.Value;

/**
 * A report item that shows the work of an action: its id, kind and title.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Evidence {

  Evidence() {}

  /**
   * The id of the report item.
   *
   * @return the item id
   */
  @Value.Parameter
  public abstract String itemId();

  /**
   * The kind of item.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract ReportItemKind kind();

  /**
   * The item's title.
   *
   * @return the title
   */
  @Value.Parameter
  public abstract LocalizedText title();

  /**
   * Creates evidence.
   *
   * @param itemId the report item id, not null
   * @param kind the kind of item, not null
   * @param title the title, not null
   * @return the evidence
   */
  public static Evidence of(String itemId, ReportItemKind kind, LocalizedText title) {
    return ImmutableEvidence.of(itemId, kind, title);
  }
}
