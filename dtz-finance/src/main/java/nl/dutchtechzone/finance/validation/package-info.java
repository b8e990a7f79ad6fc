/**
 * Validation of budgets, financial statements, contribution statements and whole programme
 * years: every violation at once, each with a stable code ({@code DTZ-Fnnn}), a severity, the
 * path of the offending item, the expected and actual amounts and a message in English and
 * Dutch.
 *
 * <p>Start from {@link nl.dutchtechzone.finance.validation.Validators}; switch rules off with
 * {@link nl.dutchtechzone.finance.validation.Validator#without(String...)} and add your own
 * through {@link nl.dutchtechzone.finance.validation.ValidationRule}. The codes are listed in
 * {@link nl.dutchtechzone.finance.validation.RuleCodes}.
 */
@DtzStyle
package nl.dutchtechzone.finance.validation;

import nl.dutchtechzone.finance.internal.DtzStyle;
