package nl.dutchtechzone.finance;

import nl.dutchtechzone.testing.LanguageRuleContract;

/** dtz-finance chooses every language through {@code core.language.Languages}. */
class LanguageRuleTest extends LanguageRuleContract {}
