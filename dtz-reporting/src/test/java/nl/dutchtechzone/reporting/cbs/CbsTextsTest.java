package nl.dutchtechzone.reporting.cbs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import nl.dutchtechzone.testing.BundleContract;
import org.junit.jupiter.api.Test;

/**
 * The CBS reader's errors and notes in English, Dutch and a third language: the same keys and
 * placeholders in the English and Dutch bundles, English where a bundle lacks a key, and {@code
 * getMessage()} always English.
 */
class CbsTextsTest {

  private static final Locale DUTCH = new Locale("nl");
  private static final CbsReaderTest T = new CbsReaderTest();

  private static CbsException csvError(String csv) {
    return catchThrowableOfType(CbsException.class, () -> CbsReaderTest.READER
        .readStatLineCsv(new StringReader(csv), "t.csv", CbsReaderTest.RETRIEVED));
  }

  @Test
  void englishAndDutchHaveTheSameKeysAndPlaceholders() {
    BundleContract.assertDutchMatchesEnglish(CbsTextsTest.class, "messages");
  }

  @Test
  void aBadJsonFileIsReportedInDutchAndStaysEnglishInGetMessage() {
    CbsException e = catchThrowableOfType(CbsException.class, () -> T.read(
        CbsReaderTest.dataset("https://opendata.cbs.nl/ODataApi/OData/83765NED/$metadata",
            CbsReaderTest.total(0, "GM0114", "2021JJ00", "1"))));

    assertThat(e.message(DUTCH)).isEqualTo(CbsReaderTest.FILE + ", $, veld 'odata.metadata':"
        + " onbekende tabel '83765ned'; verwacht: 03759ned of 37230ned");
    assertThat(e.getMessage()).isEqualTo(e.message(Locale.ENGLISH)).isEqualTo(
        CbsReaderTest.FILE + ", $, field 'odata.metadata': unknown table '83765ned', expected"
            + " 03759ned or 37230ned");
  }

  @Test
  void aBadCsvFileNamesItsLineInDutch() {
    CbsException e = csvError("\"Regio's\";\"Perioden\";\"Bevolking op 1 januari (aantal)\"\n"
        + "\"Emmen\";\"twintig\";\"1\"\n");

    assertThat(e.message(DUTCH)).isEqualTo("t.csv, regel 2, veld 'Perioden': periode 'twintig'"
        + " is geen jaar; verwacht: een jaar zoals 2021, 2021* of 2021**");
    assertThat(e.location()).isEqualTo("line 2");
    assertThat(e.field()).isEqualTo("Perioden");
  }

  @Test
  void aThirdLanguageIsABundleFileWithEnglishForWhatItLacks() {
    CbsException columns = csvError("\"Regio's\";\"Perioden\";\"Bevolking op 1 januari\"\n"
        + "\"Emmen\";\"2021\"\n");
    CbsException noMonth = csvError("\"Regio's\";\"Perioden\";\"Bevolking op 1 januari\"\n"
        + "\"Emmen\";\"2021 kwartaal\";\"1\"\n");

    assertThat(columns.message(Locale.GERMAN))
        .isEqualTo("t.csv, Zeile 2: erwartet 3 Spalten wie die Kopfzeile, gefunden 2");
    assertThat(noMonth.message(Locale.GERMANY)).isEqualTo("t.csv, Zeile 2, Feld 'Perioden':"
        + " period '2021 kwartaal' names no month, expected for instance 2023 januari");
    assertThat(columns.message(Locale.FRENCH)).isEqualTo(columns.getMessage());
  }

  @Test
  void neverFallsBackToTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(DUTCH);
      CbsException e = csvError("\"only a title\"\n");
      assertThat(e.getMessage()).isEqualTo("t.csv, line 1, field 'Perioden': no header row"
          + " found: expected a StatLine table with a Perioden column");
      assertThat(e.message(Locale.FRENCH)).isEqualTo(e.getMessage());
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void theNoteIsInTheLanguageAskedFor() throws IOException {
    CbsFigures figures = T.read(CbsReaderTest.dataset(CbsReaderTest.METADATA_03759,
        CbsReaderTest.total(0, "NL01    ", "2021JJ00", "17475415"),
        CbsReaderTest.total(1, "GM0114  ", "2021JJ00", "107024"),
        CbsReaderTest.total(2, "GM0118  ", "2021JJ00", "55603"),
        CbsReaderTest.total(3, "GM0109  ", "2023JJ00", "null")));

    assertThat(figures.note(DUTCH)).isEqualTo(CbsReaderTest.FILE + " (CBS 03759ned): 1 cijfer"
        + " uit 4 rijen; 1 gemeente buiten het programma overgeslagen (1 rij); 1 rij van andere"
        + " regio's overgeslagen; geen cijfer gepubliceerd voor GM0109 2023JJ00");
    assertThat(figures.note()).isEqualTo(figures.note(Locale.ENGLISH)).isEqualTo(
        CbsReaderTest.FILE + " (CBS 03759ned): 1 figure from 4 rows; skipped 1 municipality not"
            + " in the programme (1 row); skipped 1 row of other regions; no figure published"
            + " for GM0109 2023JJ00");
  }
}
