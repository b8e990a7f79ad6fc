package nl.dutchtechzone.reporting.csv;

/** The CSV dialects the exporters write, chosen by the {@code csv.dialect} option. */
enum CsvDialect {
  /** RFC 4180: comma between fields, dot in numbers, no byte-order mark. */
  RFC4180(',', false, false),
  /** Excel with Dutch settings: semicolon between fields, comma in numbers, UTF-8 BOM. */
  EXCEL_NL(';', true, true);

  final char delimiter;
  final boolean decimalComma;
  final boolean byteOrderMark;

  CsvDialect(char delimiter, boolean decimalComma, boolean byteOrderMark) {
    this.delimiter = delimiter;
    this.decimalComma = decimalComma;
    this.byteOrderMark = byteOrderMark;
  }
}
