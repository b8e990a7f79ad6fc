package nl.dutchtechzone.reporting.document;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The data behind a chart, without any geometry: what kind of chart, its series and its bars.
 * Every chart has a text alternative ({@link #description()}) and names the table of the same
 * section that holds the same figures ({@link #tableId()}), so that a renderer can give the chart
 * an accessible name and point to the table.
 *
 * @param id a stable id, unique in the document, not null
 * @param kind the kind of chart, not null
 * @param title the title in the document's language, not null
 * @param description a sentence that says what the chart shows, for readers who cannot see it,
 *     not null
 * @param tableId the id of the table with the same figures, not null
 * @param series the series, at least one, not null
 * @param items the bars, each with one value per series, not null
 */
public record Chart(String id, Kind kind, String title, String description, String tableId,
    List<Series> series, List<ChartItem> items) implements Block {

  /** The kinds of chart. */
  public enum Kind {
    /**
     * A waterfall: the first item is the opening balance, then each income item goes up and each
     * spending item goes down (amounts written positive), and the last item is the closing
     * balance; one series of money.
     */
    WATERFALL,
    /** Horizontal bars, one per item, one series. */
    BARS,
    /** Horizontal bars made of one segment per series (counts per status). */
    STACKED_BARS
  }

  /**
   * Checks the parts and copies the lists.
   *
   * @param id the id, not null
   * @param kind the kind, not null
   * @param title the title, not null
   * @param description the description, not null
   * @param tableId the table id, not null
   * @param series the series, not null, at least one
   * @param items the items, not null, each with one value per series
   * @throws IllegalArgumentException if there is no series or an item has another number of
   *     values than there are series
   */
  public Chart {
    requireNonNull(id, "Chart.id");
    requireNonNull(kind, "Chart.kind");
    requireNonNull(title, "Chart.title");
    requireNonNull(description, "Chart.description");
    requireNonNull(tableId, "Chart.tableId");
    series = List.copyOf(series);
    items = List.copyOf(items);
    checkArgument(!series.isEmpty(), "Chart.series of chart '%s' must not be empty", id);
    for (ChartItem item : items) {
      checkArgument(item.values().size() == series.size(),
          "Chart '%s' item '%s' has %s values, expected one per series (%s)", id, item.label(),
          item.values().size(), series.size());
    }
  }
}
