package nl.dutchtechzone.finance.reference;

import java.math.RoundingMode;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.finance.contribution.ContributionScheme;

/**
 * The contribution scheme of the reference programme, Dutch TechZone: the rate its programme
 * states ({@link DutchTechZone#programme()}, EUR 1.00 per inhabitant), counted on 1 January of the
 * year concerned, paid by the member municipalities, rounded half-up.
 *
 * <p>The rate has one home, the reference programme; this class derives the scheme from it. For
 * any other programme use {@link ContributionScheme#of(nl.dutchtechzone.core.Programme,
 * RoundingMode)} or {@link ContributionScheme#builder()}.
 *
 * <p>This class is thread-safe; every method returns an immutable value.
 */
public final class ReferenceScheme {

  private ReferenceScheme() {}

  /**
   * The Dutch TechZone scheme.
   *
   * @return the scheme of the reference programme, rounded half-up
   */
  public static ContributionScheme dutchTechZone() {
    return ContributionScheme.of(DutchTechZone.programme(), RoundingMode.HALF_UP);
  }
}
