/**
 * The Dutch TechZone source documents as data: the programme, the 2023 annual plan, the 2022
 * annual report and the cover letter that sent them to the provincial council.
 */
@NullMarked
package nl.dutchtechzone.core.reference;

import org.jspecify.annotations.NullMarked;
