package nl.dutchtechzone.reporting.internal;

import java.util.Locale;

/**
 * The stable id of an enum constant in machine formats and export options: the constant's name
 * in lower-case kebab case, {@code REVISED_PROVISIONAL} as {@code revised-provisional}. The one
 * naming of the JSON export, the CSV exports, the dataset format and the document's keys.
 *
 * <p>This class is thread-safe.
 */
public final class Ids {

  private Ids() {}

  /**
   * The stable id of a constant.
   *
   * @param value the constant, not null
   * @return its id, such as {@code education-institution} for {@code EDUCATION_INSTITUTION}
   */
  public static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
