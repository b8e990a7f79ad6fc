package nl.dutchtechzone.finance.validation;

import nl.dutchtechzone.core.money.Money;

/** Builds violations with messages in English and Dutch. */
final class V {

  private V() {}

  static String en(Money m) {
    return "EUR " + m.toPlainString();
  }

  static String nl(Money m) {
    return m.toDutchString();
  }

  static Violation of(String code, Severity severity, String path, String en, String nl) {
    return Violation.builder().code(code).severity(severity).path(path).messageEn(en)
        .messageNl(nl).build();
  }

  static Violation amounts(String code, Severity severity, String path, Money expected,
      Money actual, String en, String nl) {
    return Violation.builder().code(code).severity(severity).path(path).expected(expected)
        .actual(actual).messageEn(en).messageNl(nl).build();
  }

  static Violation negative(String path, String whatEn, String whatNl, Money actual) {
    return Violation.builder().code(RuleCodes.NEGATIVE_AMOUNT).severity(Severity.ERROR)
        .path(path).expected(Money.ZERO).actual(actual)
        .messageEn(whatEn + " must not be negative, got " + en(actual))
        .messageNl(whatNl + " mag niet negatief zijn, maar is " + nl(actual))
        .build();
  }
}
