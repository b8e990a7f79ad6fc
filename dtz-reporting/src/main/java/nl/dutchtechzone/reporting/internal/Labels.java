package nl.dutchtechzone.reporting.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.dutchtechzone.reporting.tracking.ActionStatus;
import nl.dutchtechzone.reporting.tracking.GapKind;

/**
 * The Dutch and English words the human-readable exporters use.
 *
 * <p>This class is thread-safe.
 */
public final class Labels {

  private static final Map<String, String[]> WORDS = new HashMap<>();

  private static final List<String> MONTHS_NL = List.of("januari", "februari", "maart", "april",
      "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december");
  private static final List<String> MONTHS_EN = List.of("January", "February", "March",
      "April", "May", "June", "July", "August", "September", "October", "November", "December");

  static {
    put("letter", "Aanbiedingsbrief", "Cover letter");
    put("from", "Van", "From");
    put("to", "Aan", "To");
    put("date", "Datum", "Date");
    put("reference", "Kenmerk", "Reference");
    put("subject", "Onderwerp", "Subject");
    put("status", "Status", "Status");
    put("attachments", "Bijlagen", "Attachments");
    put("programme", "Programma", "Programme");
    put("purpose", "Doel", "Purpose");
    put("members", "Deelnemende gemeenten", "Member municipalities");
    put("partner", "Partner", "Partner");
    put("cbs-code", "CBS-code", "CBS code");
    put("finances", "Financiën", "Finances");
    put("waterfall", "Het geld van het jaar", "The year's money");
    put("line", "Post", "Line");
    put("amount", "Bedrag", "Amount");
    put("carried-forward", "Doorgeschoven budget", "Carried forward");
    put("income", "Inkomsten", "Income");
    put("spending", "Uitgaven", "Spending");
    put("spending-total", "Totaal uitgaven", "Total spending");
    put("stated-total", "Totaal uitgaven volgens verslag", "Total spending as stated");
    put("closing", "Saldo einde jaar (berekend)", "Closing balance (derived)");
    put("budget", "Begroting", "Budget");
    put("planned", "Begroot", "Planned");
    put("amended", "Na wijziging", "Amended");
    put("actual", "Werkelijk", "Actual");
    put("variance", "Verschil", "Variance");
    put("variance-percent", "Verschil %", "Variance %");
    put("explanation", "Toelichting", "Explanation");
    put("budget-vs-actual", "Begroting en realisatie", "Budget against actual");
    put("category", "Categorie", "Category");
    put("scope-out", "buiten de totalen", "excluded from totals");
    put("estimate", "schatting", "estimate");
    put("final", "definitief", "final");
    put("provisional", "voorlopig", "provisional");
    put("no-budget-lines", "De begroting noemt geen bedragen.",
        "The budget gives no amounts.");
    put("contributions", "Bijdragen per gemeente", "Contributions per municipality");
    put("inhabitants", "Inwoners", "Inhabitants");
    put("rate", "Tarief", "Rate");
    put("figure-status", "Status cijfer", "Figure status");
    put("source", "Bron", "Source");
    put("reference-date", "Peildatum", "Reference date");
    put("total", "Totaal", "Total");
    put("counts", "Kerncijfers", "Key figures");
    put("plan", "Jaarplan", "Annual plan");
    put("report", "Jaarverslag", "Annual report");
    put("theme", "Thema", "Theme");
    put("action", "Actie", "Action");
    put("actions", "Acties", "Actions");
    put("evidence", "Bewijs", "Evidence");
    put("target", "Doel", "Target");
    put("progress", "Voortgang per thema", "Progress per theme");
    put("with-evidence", "met bewijs", "with evidence");
    put("gaps", "Hiaten", "Gaps");
    put("no-gaps", "Geen hiaten.", "No gaps.");
    put("goal", "Doel", "Goal");
    put("outcomes", "Resultaten", "Outcomes");
    put("activities", "Activiteiten", "Activities");
    put("observations", "Waarnemingen", "Observations");
    put("validation", "Controle", "Validation");
    put("no-violations", "Geen bevindingen.", "No findings.");
    put("severity", "Ernst", "Severity");
    put("code", "Code", "Code");
    put("path", "Plaats", "Path");
    put("message", "Bevinding", "Finding");
    put("expected", "Verwacht", "Expected");
    put("not-tracked", "Nog niet gevolgd tegen een verslag.", "Not yet tracked against a report.");
    put("year", "Jaar", "Year");
    put("generated-by", "Gemaakt met dtz", "Made with dtz");
  }

  private Labels() {}

  private static void put(String key, String nl, String en) {
    WORDS.put(key, new String[] {nl, en});
  }

  /**
   * A word.
   *
   * @param key the key
   * @param english whether English is wanted
   * @return the word
   * @throws IllegalArgumentException if there is no such key
   */
  public static String get(String key, boolean english) {
    String[] word = WORDS.get(key);
    if (word == null) {
      throw new IllegalArgumentException("no label '" + key + "'");
    }
    return word[english ? 1 : 0];
  }

  /**
   * The name of an action status.
   *
   * @param status the status
   * @param english whether English is wanted
   * @return the name
   */
  public static String status(ActionStatus status, boolean english) {
    switch (status) {
      case DONE:
        return english ? "done" : "gereed";
      case IN_PROGRESS:
        return english ? "in progress" : "in uitvoering";
      case NOT_STARTED:
        return english ? "not started" : "niet gestart";
      case DROPPED:
        return english ? "dropped" : "vervallen";
      case CARRIED_OVER:
        return english ? "carried over" : "doorgeschoven";
      case NO_EVIDENCE:
        return english ? "no evidence" : "niet aangetoond";
      default:
        throw new IllegalArgumentException("unknown status " + status);
    }
  }

  /**
   * The name of a kind of gap.
   *
   * @param kind the kind
   * @param english whether English is wanted
   * @return the name
   */
  public static String gap(GapKind kind, boolean english) {
    switch (kind) {
      case ACTION_WITHOUT_EVIDENCE:
        return english ? "Planned actions without evidence" : "Geplande acties zonder bewijs";
      case UNLINKED_REPORT_ITEM:
        return english ? "Report items linked to no action"
            : "Onderdelen van het verslag zonder actie";
      case TARGET_WITHOUT_ACTUAL:
        return english ? "Targets without an actual" : "Doelen zonder realisatie";
      case ACTUAL_NOT_TARGETED:
        return english ? "Actuals that no plan targeted" : "Realisaties zonder doel";
      default:
        throw new IllegalArgumentException("unknown gap kind " + kind);
    }
  }

  /**
   * A date in words: {@code 16 mei 2023} or {@code 16 May 2023}.
   *
   * @param date the date
   * @param english whether English is wanted
   * @return the date
   */
  public static String date(LocalDate date, boolean english) {
    List<String> months = english ? MONTHS_EN : MONTHS_NL;
    return date.getDayOfMonth() + " " + months.get(date.getMonthValue() - 1) + " "
        + date.getYear();
  }
}
