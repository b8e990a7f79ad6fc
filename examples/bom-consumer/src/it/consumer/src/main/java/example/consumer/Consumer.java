package example.consumer;

import java.util.List;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.finance.ledger.YearBalance;
import nl.dutchtechzone.reporting.Exporters;

/**
 * Compiles against dtz-reporting and, through it, dtz-finance and dtz-core: the versions come
 * from dtz-bom alone.
 */
public final class Consumer {

  private Consumer() {}

  /**
   * Prints the programme, the 2022 closing balance and the export formats.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    Programme dtz = DutchTechZone.programme();
    Money closing = YearBalance.of(DutchTechZone.report2022().statement().orElseThrow()).closing();
    List<String> formats = Exporters.discover().formats();
    System.out.println(dtz.name() + ": closing balance 2022 " + closing.toDutchString()
        + ", formats " + formats);
  }
}
