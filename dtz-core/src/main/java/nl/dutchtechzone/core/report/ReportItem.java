package nl.dutchtechzone.core.report;

import java.util.List;
import nl.dutchtechzone.core.LocalizedText;

/**
 * An item of an annual report that can serve as evidence for the action points of a plan.
 *
 * <p>Implemented by {@link Activity}, {@link Outcome}, {@link IndicatorValue} and {@link
 * Observation}; ids are unique across all items of one report.
 */
public interface ReportItem {

  /**
   * The stable id of the item, unique within its report.
   *
   * @return the id
   */
  String id();

  /**
   * What kind of item this is.
   *
   * @return the kind
   */
  ReportItemKind kind();

  /**
   * A short title for lists and tables.
   *
   * @return the title
   */
  LocalizedText title();

  /**
   * The ids of the plan's action points this item serves.
   *
   * @return the action ids, possibly empty
   */
  List<String> actionIds();
}
