/**
 * The finance side of the reference data: the contribution scheme of the reference programme,
 * Dutch TechZone ({@link nl.dutchtechzone.finance.reference.ReferenceScheme}, derived from {@code
 * nl.dutchtechzone.core.reference.DutchTechZone}), and the public inhabitant figures of its four
 * municipalities ({@link nl.dutchtechzone.finance.reference.ReferenceInhabitants}). Nothing
 * outside this package and {@code nl.dutchtechzone.core.reference} assumes Dutch TechZone.
 */
@NullMarked
package nl.dutchtechzone.finance.reference;

import org.jspecify.annotations.NullMarked;
