package nl.dutchtechzone.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A regional partnership programme: its partners and their membership over time, its office
 * and board, its sector themes and strategic period, the indicators it counts, the categories it
 * spends in, and the programmes it relates to.
 *
 * <p>Every id that one part of a programme uses for another (a membership's partner, the office's
 * host, a related programme's funders) must exist in the programme; the host of the office must be
 * a municipality.
 *
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(Programme)} copies every field of a
 *     value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of Programme sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code id(String)}</td><td>{@link #id()}: The stable id of the
 *     programme</td><td>required; an id: letters, digits, '.', '_' or '-', starting with a letter
 *     or digit</td></tr>
 *   <tr><td>{@code shortName(String)}</td><td>{@link #shortName()}: The short name used in file
 *     names and headings; a safe file-name part by the rule of {@link FileNames}</td><td>required;
 *     must not be blank</td></tr>
 *   <tr><td>{@code name(String)}</td><td>{@link #name()}: The full name</td><td>required; must not
 *     be blank</td></tr>
 *   <tr><td>{@code purpose(LocalizedText)}</td><td>{@link #purpose()}: What the programme is
 *     for</td><td>required</td></tr>
 *   <tr><td>{@code origin(LocalizedText)}, {@code origin(Optional)}</td><td>{@link #origin()}:
 *     What the programme was founded on, where known</td><td>optional</td></tr>
 *   <tr><td>{@code addAims(LocalizedText)}, {@code addAims(LocalizedText...)}, {@code
 *     addAllAims(Iterable)}, {@code aims(Iterable)}</td><td>{@link #aims()}: The aims of the
 *     cooperation</td><td>any number</td></tr>
 *   <tr><td>{@code addPartners(Partner)}, {@code addPartners(Partner...)}, {@code
 *     addAllPartners(Iterable)}, {@code partners(Iterable)}</td><td>{@link #partners()}: Every
 *     partner that is or was part of the programme</td><td>any number; unique ids; unique CBS
 *     codes</td></tr>
 *   <tr><td>{@code addMemberships(Membership)}, {@code addMemberships(Membership...)}, {@code
 *     addAllMemberships(Iterable)}, {@code memberships(Iterable)}</td><td>{@link #memberships()}:
 *     When each partner is a member</td><td>any number; each for a partner of the programme; the
 *     memberships of one partner must not overlap</td></tr>
 *   <tr><td>{@code office(ProgrammeOffice)}, {@code office(Optional)}</td><td>{@link #office()}:
 *     The programme office, where the programme has one</td><td>optional; its host must be a
 *     municipality of the programme</td></tr>
 *   <tr><td>{@code board(ProgramBoard)}, {@code board(Optional)}</td><td>{@link #board()}: The
 *     board that steers the programme, where it has one</td><td>optional; its members must be
 *     partners of the programme</td></tr>
 *   <tr><td>{@code addSectorThemes(SectorTheme)}, {@code addSectorThemes(SectorTheme...)}, {@code
 *     addAllSectorThemes(Iterable)}, {@code sectorThemes(Iterable)}</td><td>{@link
 *     #sectorThemes()}: The sectors the programme works on</td><td>any number; unique
 *     ids</td></tr>
 *   <tr><td>{@code strategicPeriod(StrategicPeriod)}</td><td>{@link #strategicPeriod()}: The
 *     strategic period of the current course</td><td>required</td></tr>
 *   <tr><td>{@code addRelatedProgrammes(RelatedProgramme)}, {@code
 *     addRelatedProgrammes(RelatedProgramme...)}, {@code addAllRelatedProgrammes(Iterable)},
 *     {@code relatedProgrammes(Iterable)}</td><td>{@link #relatedProgrammes()}: Programmes and
 *     schemes related to this one</td><td>any number; unique ids; their co-funders must be
 *     partners of the programme</td></tr>
 *   <tr><td>{@code addIndicators(Indicator)}, {@code addIndicators(Indicator...)}, {@code
 *     addAllIndicators(Iterable)}, {@code indicators(Iterable)}</td><td>{@link #indicators()}: The
 *     indicators the programme counts or measures</td><td>any number; unique ids</td></tr>
 *   <tr><td>{@code addCostCategories(CostCategory)}, {@code addCostCategories(CostCategory...)},
 *     {@code addAllCostCategories(Iterable)}, {@code costCategories(Iterable)}</td><td>{@link
 *     #costCategories()}: The categories the programme budgets and reports its spending
 *     in</td><td>any number; unique ids</td></tr>
 *   <tr><td>{@code contributionPerInhabitant(BigDecimal)}, {@code
 *     contributionPerInhabitant(Optional)}</td><td>{@link #contributionPerInhabitant()}: The
 *     contribution each paying municipality makes per inhabitant, as the programme states
 *     it</td><td>optional; must not be negative</td></tr>
 * </table>
 * <!-- builder-table:end -->
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Programme {

  Programme() {}

  /**
   * The stable id of the programme.
   *
   * @return the id, such as {@code dtz}
   */
  public abstract String id();

  /**
   * The short name used in file names and headings; a safe file-name part by the rule of {@link
   * FileNames}.
   *
   * @return the short name, such as {@code RLW}
   */
  public abstract String shortName();

  /**
   * The full name.
   *
   * @return the name, such as {@code Rivierenland Werkt}
   */
  public abstract String name();

  /**
   * What the programme is for.
   *
   * @return the purpose
   */
  public abstract LocalizedText purpose();

  /**
   * What the programme was founded on, where known.
   *
   * @return the origin, or empty
   */
  public abstract Optional<LocalizedText> origin();

  /**
   * The aims of the cooperation.
   *
   * @return the aims, possibly empty
   */
  public abstract List<LocalizedText> aims();

  /**
   * Every partner that is or was part of the programme.
   *
   * @return the partners, ids unique
   */
  public abstract List<Partner> partners();

  /**
   * When each partner is a member.
   *
   * @return the memberships; a partner may have several that do not overlap
   */
  public abstract List<Membership> memberships();

  /**
   * The programme office, where the programme has one.
   *
   * @return the office, or empty
   */
  public abstract Optional<ProgrammeOffice> office();

  /**
   * The board that steers the programme, where it has one.
   *
   * @return the board, or empty
   */
  public abstract Optional<ProgramBoard> board();

  /**
   * The sectors the programme works on.
   *
   * @return the sector themes, ids unique
   */
  public abstract List<SectorTheme> sectorThemes();

  /**
   * The strategic period of the current course.
   *
   * @return the period
   */
  public abstract StrategicPeriod strategicPeriod();

  /**
   * Programmes and schemes related to this one.
   *
   * @return the related programmes, ids unique
   */
  public abstract List<RelatedProgramme> relatedProgrammes();

  /**
   * The indicators the programme counts or measures.
   *
   * @return the indicators, ids unique
   */
  public abstract List<Indicator> indicators();

  /**
   * The categories the programme budgets and reports its spending in.
   *
   * @return the categories, ids unique
   */
  public abstract List<CostCategory> costCategories();

  /**
   * The contribution each paying municipality makes per inhabitant, as the programme states it.
   * A rate in euros, not an amount: it may have more decimals than a cent (EUR 0.855), and
   * rate × inhabitants is rounded to the cent where the contribution is calculated.
   *
   * @return the rate in euros, such as 0.50 or 0.855, or empty if the programme is funded
   *     otherwise
   */
  public abstract Optional<BigDecimal> contributionPerInhabitant();

  /**
   * Looks up a partner.
   *
   * @param partnerId the id, not null
   * @return the partner, or empty if the programme has none with that id
   */
  public Optional<Partner> partner(String partnerId) {
    requireNonNull(partnerId, "partnerId");
    return partners().stream().filter(p -> p.id().equals(partnerId)).findFirst();
  }

  /**
   * Looks up a partner that must exist.
   *
   * @param partnerId the id, not null
   * @return the partner
   * @throws IllegalArgumentException naming the id and the known ids if there is no such partner
   */
  public Partner requirePartner(String partnerId) {
    return partner(partnerId).orElseThrow(() -> new IllegalArgumentException(
        "programme '" + id() + "' has no partner '" + partnerId + "'; known partners: "
            + partners().stream().map(Partner::id).sorted().collect(Collectors.toList())));
  }

  /**
   * Whether a partner is a member in a year.
   *
   * @param partnerId the partner id, not null
   * @param year the year
   * @return true if one of the partner's memberships covers the year
   */
  public boolean isMemberIn(String partnerId, int year) {
    requireNonNull(partnerId, "partnerId");
    return memberships().stream()
        .anyMatch(m -> m.partnerId().equals(partnerId) && m.isMemberIn(year));
  }

  /**
   * The partners that are members in a year.
   *
   * @param year the year
   * @return the members, sorted by id
   */
  public List<Partner> membersIn(int year) {
    return partners().stream()
        .filter(p -> isMemberIn(p.id(), year))
        .sorted(Comparator.comparing(Partner::id))
        .collect(Collectors.toList());
  }

  /**
   * The municipalities that are members in a year: those who pay that year's contribution.
   *
   * @param year the year
   * @return the member municipalities, sorted by id
   */
  public List<Partner> municipalitiesIn(int year) {
    return membersIn(year).stream().filter(Partner::isMunicipality).collect(Collectors.toList());
  }

  /**
   * Looks up an indicator.
   *
   * @param indicatorId the id, not null
   * @return the indicator, or empty
   */
  public Optional<Indicator> indicator(String indicatorId) {
    requireNonNull(indicatorId, "indicatorId");
    return indicators().stream().filter(i -> i.id().equals(indicatorId)).findFirst();
  }

  /**
   * Looks up a cost category.
   *
   * @param categoryId the id, not null
   * @return the category, or empty
   */
  public Optional<CostCategory> costCategory(String categoryId) {
    requireNonNull(categoryId, "categoryId");
    return costCategories().stream().filter(c -> c.id().equals(categoryId)).findFirst();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Ids.check("Programme.id", id());
    checkArgument(!shortName().isBlank(), "Programme.shortName of '%s' must not be blank", id());
    FileNames.checkPart("Programme.shortName of '" + id() + "'", shortName());
    checkArgument(!name().isBlank(), "Programme.name of '%s' must not be blank", id());
    Set<String> partnerIds = Ids.checkUnique("Programme.partners", partners(), Partner::id);
    Ids.checkUnique("Programme.partners (CBS codes)",
        partners().stream().filter(p -> p.cbsCode().isPresent()).collect(Collectors.toList()),
        p -> p.cbsCode().get().value());
    for (Membership m : memberships()) {
      checkArgument(partnerIds.contains(m.partnerId()),
          "Programme.memberships refers to unknown partner '%s'; known partners: %s",
          m.partnerId(), sorted(partnerIds));
    }
    checkNoOverlap();
    office().ifPresent(o -> {
      checkArgument(partnerIds.contains(o.hostPartnerId()),
          "Programme.office.hostPartnerId refers to unknown partner '%s'", o.hostPartnerId());
      checkArgument(requirePartner(o.hostPartnerId()).isMunicipality(),
          "Programme.office.hostPartnerId must be a municipality, got '%s' of kind %s",
          o.hostPartnerId(), requirePartner(o.hostPartnerId()).kind());
    });
    board().ifPresent(b -> b.memberPartnerIds().forEach(p -> checkArgument(
        partnerIds.contains(p), "Programme.board.memberPartnerIds refers to unknown partner '%s'",
        p)));
    for (RelatedProgramme r : relatedProgrammes()) {
      r.coFunderIds().forEach(p -> checkArgument(partnerIds.contains(p),
          "Programme.relatedProgrammes['%s'].coFunderIds refers to unknown partner '%s'",
          r.id(), p));
    }
    Ids.checkUnique("Programme.sectorThemes", sectorThemes(), SectorTheme::id);
    Ids.checkUnique("Programme.relatedProgrammes", relatedProgrammes(), RelatedProgramme::id);
    Ids.checkUnique("Programme.indicators", indicators(), Indicator::id);
    Ids.checkUnique("Programme.costCategories", costCategories(), CostCategory::id);
    contributionPerInhabitant().ifPresent(rate -> checkArgument(rate.signum() >= 0,
        "Programme.contributionPerInhabitant must not be negative, got %s",
        rate.toPlainString()));
  }

  private void checkNoOverlap() {
    List<Membership> sortedMemberships = memberships().stream()
        .sorted(Comparator.comparing(Membership::partnerId)
            .thenComparingInt(Membership::fromYear))
        .collect(Collectors.toList());
    for (int i = 1; i < sortedMemberships.size(); i++) {
      Membership prev = sortedMemberships.get(i - 1);
      Membership next = sortedMemberships.get(i);
      if (prev.partnerId().equals(next.partnerId())) {
        checkArgument(prev.lastYear().map(last -> last < next.fromYear()).orElse(false),
            "Programme.memberships of partner '%s' overlap: from %s and from %s",
            next.partnerId(), prev.fromYear(), next.fromYear());
      }
    }
  }

  private static List<String> sorted(Set<String> ids) {
    return ids.stream().sorted().collect(Collectors.toList());
  }

  /**
   * Builds {@link Programme} values; the table "Builder methods" of {@link Programme} lists what
   * each method sets and the rules {@code build()} checks.
   */
  public static final class Builder extends ImmutableProgramme.Builder {
    Builder() {}
  }
}
