package nl.dutchtechzone.core;

import nl.dutchtechzone.testing.LanguageRuleContract;

/** dtz-core chooses every language through {@code core.language.Languages}; it is that rule. */
class LanguageRuleTest extends LanguageRuleContract {}
