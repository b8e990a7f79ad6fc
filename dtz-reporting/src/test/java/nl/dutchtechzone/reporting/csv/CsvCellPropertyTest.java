package nl.dutchtechzone.reporting.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.reporting.Fixtures;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.spi.ExportOptions;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Whatever text goes into a cell comes back from an RFC 4180 reader, neutralised or not. */
class CsvCellPropertyTest {

  @Provide
  Arbitrary<String> cells() {
    return Arbitraries.strings()
        .withCharRange('\u0000', '\u007f')
        .withChars(';', '"', ',', '\r', '\n', '\t', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', 'é',
            '€')
        .ofMaxLength(30);
  }

  private static List<CSVRecord> roundTrip(String dialect, boolean neutralise, String cell,
      Money amount) throws IOException {
    ExportContext context = ExportContext.builder().from(Fixtures.programmeOnly(
            ExportContext.DUTCH))
        .options(ExportOptions.builder().set(ExportOptions.CSV_DIALECT, dialect)
            .set(ExportOptions.CSV_NEUTRALISE_FORMULAS, Boolean.toString(neutralise)).build())
        .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvTable table = CsvTable.start(context, out, List.of("text", "amount"));
    table.text(cell).money(amount);
    table.endRow();
    table.finish();
    String text = out.toString(StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    char delimiter = dialect.equals("excel-nl") ? ';' : ',';
    return CSVFormat.RFC4180.builder().setDelimiter(delimiter).get()
        .parse(new StringReader(text)).getRecords();
  }

  @Property
  void aTextCellComesBackNeutralised(@ForAll("cells") String cell,
      @ForAll long cents) throws IOException {
    List<CSVRecord> records = roundTrip("rfc4180", true, cell, Money.ofCents(cents));

    assertThat(records).hasSize(2);
    assertThat(records.get(1).get(0)).isEqualTo(CsvTable.neutralise(cell));
    assertThat(records.get(1).get(1)).isEqualTo(Money.ofCents(cents).toPlainString());
  }

  @Property
  void aTextCellComesBackExactlyWhenTheCallerOptsOut(@ForAll("cells") String cell,
      @ForAll long cents) throws IOException {
    List<CSVRecord> records = roundTrip("excel-nl", false, cell, Money.ofCents(cents));

    assertThat(records.get(1).get(0)).isEqualTo(cell);
    assertThat(new BigDecimal(records.get(1).get(1).replace(',', '.')))
        .isEqualTo(Money.ofCents(cents).amount());
  }
}
