package nl.dutchtechzone.finance.contribution;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.dutchtechzone.core.Membership;
import nl.dutchtechzone.core.MunicipalityCode;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.Years;
import nl.dutchtechzone.core.plan.BudgetStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes a year's contribution statement from a scheme and an inhabitant register.
 *
 * <p>Who pays is decided in one of two ways, and the caller chooses:
 *
 * <ul>
 *   <li>{@link #calculate(Programme, int)} takes the payers from the programme's membership: the
 *       members of the scheme's payer kind in that year. A partner that joins in year N pays from
 *       N on; one whose last year is M pays through M. A year without any such member is an
 *       error rather than an empty statement, because "nobody owes anything" is almost never what
 *       is meant: a year before the first member joined, or one the recorded membership does
 *       not reach, is a mistake in the year or in the membership.
 *   <li>{@link #calculate(String, int, Collection)} takes the payers explicitly. Use it for years
 *       the recorded membership does not cover, such as a statement on the figures of a year
 *       before the programme began recording its membership.
 * </ul>
 *
 * <p>Each payer's inhabitants are the register's figure for the scheme's reference date in that
 * year: the final figure if known, else the provisional one. The statement is an estimate while
 * any figure is provisional and final otherwise. A payer without a figure is an error naming the
 * municipality and the date; the calculation never guesses.
 *
 * <p>{@linkplain Reorganisation Municipal reorganisations} given to the calculator are applied
 * to membership: from the year of a merger, the successor pays in place of the merged members.
 * The register may not hold a figure for a municipality on a date on which it no longer exists.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ContributionCalculator {

  private static final Logger LOG = LoggerFactory.getLogger(ContributionCalculator.class);

  private final ContributionScheme scheme;
  private final InhabitantRegister register;
  private final List<Reorganisation> reorganisations;

  private ContributionCalculator(ContributionScheme scheme, InhabitantRegister register,
      List<Reorganisation> reorganisations) {
    this.scheme = scheme;
    this.register = register;
    this.reorganisations = reorganisations;
  }

  /**
   * A calculator for a scheme and a register.
   *
   * @param scheme the scheme, not null
   * @param register the inhabitant figures, not null
   * @return the calculator
   */
  public static ContributionCalculator of(ContributionScheme scheme, InhabitantRegister register) {
    return new ContributionCalculator(requireNonNull(scheme, "scheme"),
        requireNonNull(register, "register"), List.of());
  }

  /**
   * A calculator for a scheme, a register and the municipal reorganisations to apply.
   *
   * @param scheme the scheme, not null
   * @param register the inhabitant figures, not null
   * @param reorganisations the reorganisations, not null, no null elements, each code merged
   *     away at most once
   * @return the calculator
   * @throws IllegalArgumentException if a code is merged away twice, or if the register holds a
   *     figure for a municipality on a date on which it no longer exists (the message names the
   *     figure's code and the successor's)
   */
  public static ContributionCalculator of(ContributionScheme scheme, InhabitantRegister register,
      Collection<Reorganisation> reorganisations) {
    requireNonNull(scheme, "scheme");
    requireNonNull(register, "register");
    List<Reorganisation> list = List.copyOf(requireNonNull(reorganisations, "reorganisations"));
    Map<MunicipalityCode, Reorganisation> byCode = new LinkedHashMap<>();
    for (Reorganisation r : list) {
      for (MunicipalityCode code : r.predecessors()) {
        Reorganisation other = byCode.put(code, r);
        if (other != null) {
          throw new IllegalArgumentException("reorganisations merge " + code + " twice: into "
              + other.successorCode() + " from " + other.fromYear() + " and into "
              + r.successorCode() + " from " + r.fromYear());
        }
      }
    }
    for (InhabitantFigure f : register.figures()) {
      Reorganisation r = byCode.get(f.municipality());
      if (r != null && r.dissolved(f.municipality(), f.referenceDate())) {
        throw new IllegalArgumentException("inhabitant figure of " + f.municipalityName() + " ("
            + f.municipality() + ") on " + f.referenceDate() + " ("
            + f.source(Locale.ENGLISH) + "): "
            + f.municipality() + " no longer exists then, it merged into "
            + r.successor().name() + " (" + r.successorCode() + ") from " + r.fromYear()
            + "; give the figure of " + r.successorCode());
      }
    }
    return new ContributionCalculator(scheme, register, list);
  }

  /**
   * This calculator on another register, with the same scheme and reorganisations; for instance
   * on a {@linkplain InhabitantRegister#asKnownAt(FigureStatus) view} of its own register.
   *
   * @param other the register, not null
   * @return the calculator
   * @throws IllegalArgumentException as {@link #of(ContributionScheme, InhabitantRegister,
   *     Collection)}
   */
  public ContributionCalculator withRegister(InhabitantRegister other) {
    requireNonNull(other, "other");
    return reorganisations.isEmpty() ? of(scheme, other) : of(scheme, other, reorganisations);
  }

  /**
   * The municipal reorganisations this calculator applies.
   *
   * @return the reorganisations, possibly empty
   */
  public List<Reorganisation> reorganisations() {
    return reorganisations;
  }

  /**
   * The partner that pays in place of a member in a year: the member itself, or the successor
   * of the reorganisation (or chain of reorganisations) that merged it by then.
   *
   * @param member the member, not null
   * @param year the year
   * @return the paying partner
   */
  public Partner payerFor(Partner member, int year) {
    requireNonNull(member, "member");
    LocalDate date = LocalDate.of(year, 1, 1);
    Partner p = member;
    for (int hops = 0; hops <= reorganisations.size(); hops++) {
      Optional<Reorganisation> r = dissolving(p, date);
      if (r.isEmpty()) {
        return p;
      }
      p = r.get().successor();
    }
    throw new IllegalArgumentException("reorganisations of " + member.id() + " form a cycle");
  }

  private Optional<Reorganisation> dissolving(Partner p, LocalDate date) {
    if (p.cbsCode().isEmpty()) {
      return Optional.empty();
    }
    MunicipalityCode code = p.cbsCode().get();
    return reorganisations.stream().filter(r -> r.dissolved(code, date)).findFirst();
  }

  /**
   * The scheme this calculator applies.
   *
   * @return the scheme
   */
  public ContributionScheme scheme() {
    return scheme;
  }

  /**
   * The register this calculator reads.
   *
   * @return the register
   */
  public InhabitantRegister register() {
    return register;
  }

  /**
   * The contribution statement of a programme for a year, paid by the programme's members of the
   * scheme's payer kind in that year.
   *
   * @param programme the programme, not null
   * @param year the year
   * @return the statement, lines sorted by partner id
   * @throws IllegalArgumentException if the year is out of range or the programme has no paying
   *     member in that year (the message lists the memberships)
   * @throws MissingInhabitantFigureException if a payer has no figure for the reference date
   */
  public ContributionStatement calculate(Programme programme, int year) {
    requireNonNull(programme, "programme");
    Years.check("year", year);
    Map<String, Partner> byId = new LinkedHashMap<>();
    for (Partner member : programme.membersIn(year)) {
      if (member.kind() == scheme.payerKind()) {
        Partner payer = payerFor(member, year);
        byId.putIfAbsent(payer.id(), payer);
      }
    }
    List<Partner> payers = new ArrayList<>(byId.values());
    if (payers.isEmpty()) {
      throw new IllegalArgumentException("programme '" + programme.id() + "' has no member of kind "
          + scheme.payerKind() + " in " + year + ", so nobody would pay; memberships: "
          + describe(programme.memberships())
          + "; pass the payers explicitly with calculate(programmeId, year, payers)");
    }
    return calculate(programme.id(), year, payers);
  }

  /**
   * The contribution statement for a year, paid by the given partners.
   *
   * @param programmeId the programme id, not null
   * @param year the year
   * @param payers the paying partners, not null, not empty, each of the scheme's payer kind and
   *     with a CBS code, ids unique
   * @return the statement, lines sorted by partner id
   * @throws IllegalArgumentException if the year is out of range, there are no payers, a payer is
   *     of another kind or has no CBS code, a payer occurs twice, or a payer was merged into a
   *     successor by then (the message names both codes)
   * @throws MissingInhabitantFigureException if a payer has no figure for the reference date
   */
  public ContributionStatement calculate(String programmeId, int year,
      Collection<Partner> payers) {
    requireNonNull(programmeId, "programmeId");
    requireNonNull(payers, "payers");
    Years.check("year", year);
    if (payers.isEmpty()) {
      throw new IllegalArgumentException("payers for " + year + " must not be empty");
    }
    LocalDate date = scheme.referenceDate(year);
    Set<String> seen = Sets.newHashSetWithExpectedSize(payers.size());
    List<ContributionLine> lines = new ArrayList<>(payers.size());
    boolean allFinal = true;
    for (Partner p : payers) {
      requireNonNull(p, "payers element");
      if (p.kind() != scheme.payerKind()) {
        throw new IllegalArgumentException("payer '" + p.id() + "' is of kind " + p.kind()
            + ", but the scheme is paid by kind " + scheme.payerKind());
      }
      if (!seen.add(p.id())) {
        throw new IllegalArgumentException("payer '" + p.id() + "' occurs more than once");
      }
      Optional<Reorganisation> merged = dissolving(p, LocalDate.of(year, 1, 1));
      if (merged.isPresent()) {
        Reorganisation r = merged.get();
        throw new IllegalArgumentException("payer '" + p.id() + "' (" + p.cbsCode().get()
            + ") no longer exists in " + year + ": it merged into " + r.successor().name()
            + " (" + r.successorCode() + ") from " + r.fromYear() + ", which pays instead");
      }
      InhabitantFigure figure = register.figureFor(p, date);
      allFinal &= figure.isFinal();
      lines.add(ContributionLine.of(figure)
          .partnerId(p.id())
          .name(p.name())
          .referenceDate(date)
          .rate(scheme.ratePerInhabitant())
          .amount(scheme.contribution(figure.inhabitants()))
          .build());
    }
    lines.sort(Comparator.comparing(ContributionLine::partnerId));
    ContributionStatement statement = ContributionStatement.builder()
        .programmeId(programmeId)
        .year(year)
        .referenceDate(date)
        .status(allFinal ? BudgetStatus.FINAL : BudgetStatus.ESTIMATE)
        .rounding(scheme.rounding())
        .lines(lines)
        .build();
    if (LOG.isDebugEnabled()) {
      LOG.debug("contributions {} of '{}': {} payers, total {}, {}", year, programmeId,
          lines.size(), statement.total(), statement.status());
    }
    return statement;
  }

  private static String describe(List<Membership> memberships) {
    if (memberships.isEmpty()) {
      return "none";
    }
    return memberships.stream()
        .map(m -> m.partnerId() + " " + m.fromYear() + "-"
            + m.lastYear().map(String::valueOf).orElse(""))
        .collect(Collectors.joining(", "));
  }
}
