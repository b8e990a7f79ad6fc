package nl.dutchtechzone.core;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The code Statistics Netherlands (CBS) gives a municipality: {@code GM} and four digits, such
 * as {@code GM0363} for Amsterdam.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MunicipalityCode implements Comparable<MunicipalityCode> {

  private static final Pattern CODE = Pattern.compile("GM\\d{4}");

  private final String code;

  private MunicipalityCode(String code) {
    this.code = code;
  }

  /**
   * Reads a municipality code.
   *
   * @param code the code, not null, shaped {@code GM} and four digits
   * @return the code
   * @throws IllegalArgumentException quoting the text if it is not shaped {@code GM} + 4 digits
   */
  public static MunicipalityCode of(String code) {
    requireNonNull(code, "code");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "municipality code must be 'GM' followed by four digits (such as GM0363), got '"
              + code + "'");
    }
    return new MunicipalityCode(code);
  }

  /**
   * The code as text.
   *
   * @return the code, such as {@code GM0363}
   */
  public String value() {
    return code;
  }

  @Override
  public int compareTo(MunicipalityCode other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof MunicipalityCode && ((MunicipalityCode) obj).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /**
   * The code as text.
   *
   * @return the code, such as {@code GM0363}
   */
  @Override
  public String toString() {
    return code;
  }
}
