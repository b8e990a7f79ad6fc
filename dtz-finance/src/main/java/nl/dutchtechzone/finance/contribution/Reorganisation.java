package nl.dutchtechzone.finance.contribution;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.dutchtechzone.core.MunicipalityCode;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.core.Years;
import org.immutables.value.Value;

/**
 * A municipal reorganisation (<i>gemeentelijke herindeling</i>): from 1 January of a year, one or
 * more municipalities are merged into a successor with a CBS code of its own.
 *
 * <p>From that year on, a member that was merged pays through its successor: {@link
 * ContributionCalculator#calculate(nl.dutchtechzone.core.Programme, int)} puts the successor in
 * its place (once, if several members merged into it), and the successor's inhabitant figure
 * counts. A figure for a merged code on a reference date from that year on is an error naming
 * both codes, because that municipality no longer exists then.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Reorganisation {

  Reorganisation() {}

  /**
   * The CBS codes of the municipalities that cease to exist.
   *
   * @return the codes, not empty, no duplicates
   */
  public abstract List<MunicipalityCode> predecessors();

  /**
   * The new municipality.
   *
   * @return a municipal partner with a CBS code that is not among the predecessors
   */
  public abstract Partner successor();

  /**
   * The first year in which the successor exists and the predecessors do not.
   *
   * @return the year; the reorganisation takes effect on 1 January of it
   */
  public abstract int fromYear();

  /**
   * The CBS code of the successor.
   *
   * @return the code
   */
  public MunicipalityCode successorCode() {
    return successor().cbsCode().orElseThrow();
  }

  /**
   * Whether this reorganisation has dissolved a municipality by a date.
   *
   * @param code the CBS code, not null
   * @param date the date, not null
   * @return true if the code is a predecessor and the date is on or after 1 January of {@link
   *     #fromYear()}
   */
  public boolean dissolved(MunicipalityCode code, LocalDate date) {
    requireNonNull(code, "code");
    requireNonNull(date, "date");
    return predecessors().contains(code) && !date.isBefore(LocalDate.of(fromYear(), 1, 1));
  }

  /**
   * Creates a reorganisation.
   *
   * @param predecessors the codes of the merged municipalities, not null, not empty, no
   *     duplicates
   * @param successor the new municipality, not null, a municipality with a CBS code of its own
   * @param fromYear the first year of the successor
   * @return the reorganisation
   * @throws IllegalArgumentException if there are no predecessors or duplicates, the successor is
   *     not a municipality with a CBS code, its code is among the predecessors, or the year is
   *     out of range
   */
  public static Reorganisation of(Collection<MunicipalityCode> predecessors, Partner successor,
      int fromYear) {
    return ImmutableReorganisation.builder().predecessors(predecessors).successor(successor)
        .fromYear(fromYear).build();
  }

  @Value.Check
  final void check() {
    Years.check("Reorganisation.fromYear", fromYear());
    checkArgument(!predecessors().isEmpty(),
        "Reorganisation.predecessors of successor '%s' must not be empty", successor().id());
    checkArgument(successor().isMunicipality() && successor().cbsCode().isPresent(),
        "Reorganisation.successor '%s' must be a municipality with a CBS code, got kind %s",
        successor().id(), successor().kind());
    Set<MunicipalityCode> seen = new HashSet<>();
    for (MunicipalityCode code : predecessors()) {
      checkArgument(seen.add(code), "Reorganisation.predecessors of %s (%s) lists %s twice",
          successor().name(), successorCode(), code);
    }
    checkArgument(!seen.contains(successorCode()),
        "Reorganisation.successor %s (%s) must have a CBS code of its own, but %s is also a"
            + " predecessor", successor().name(), successorCode(), successorCode());
  }
}
