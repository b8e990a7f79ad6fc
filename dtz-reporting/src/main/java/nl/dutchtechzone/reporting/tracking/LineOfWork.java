package nl.dutchtechzone.reporting.tracking;

import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A line of work across years: the actions of several plans and the activities of several
 * reports that carry the same work on (such as "The programme in figures": an activity in 2022,
 * an action in the 2023 plan).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LineOfWork {

  LineOfWork() {}

  /**
   * The line-of-work key.
   *
   * @return the key
   */
  @Value.Parameter
  public abstract String key();

  /**
   * The actions and activities on the line, by year, actions before activities, then by id.
   *
   * @return the entries, not empty
   */
  @Value.Parameter
  public abstract List<LineOfWorkEntry> entries();

  /**
   * The years the line appears in, ascending.
   *
   * @return the distinct years
   */
  public List<Integer> years() {
    return entries().stream().map(LineOfWorkEntry::year).distinct().sorted()
        .collect(Collectors.toList());
  }

  /**
   * Creates a line of work.
   *
   * @param key the key, not null
   * @param entries the entries, not null
   * @return the line
   */
  public static LineOfWork of(String key, List<LineOfWorkEntry> entries) {
    return ImmutableLineOfWork.of(key, entries);
  }
}
