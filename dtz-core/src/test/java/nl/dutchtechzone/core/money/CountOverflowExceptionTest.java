package nl.dutchtechzone.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A count's overflow names what overflowed and the range a count holds, in the reader's
 * language by the one language rule, and is not a money overflow.
 */
class CountOverflowExceptionTest {

  private static final CountOverflowException E =
      new CountOverflowException(Quantity.of(Money.class, "budget.spending", 2023));

  @Test
  void readsInTheLanguageOfTheLocale() {
    String english = "total spending of budget 2023 is too large: it overflows the range a count"
        + " holds, 0 to 9223372036854775807";
    String dutch = "het uitgaventotaal van de begroting voor 2023 is te groot: het valt buiten"
        + " het bereik van een aantal, 0 tot 9223372036854775807";
    assertThat(E.getMessage()).isEqualTo(english);
    assertThat(E.message(Locale.ENGLISH)).isEqualTo(english);
    assertThat(E.message(Locale.forLanguageTag("en-GB"))).isEqualTo(english);
    assertThat(E.message(Locale.FRENCH)).isEqualTo(english);
    assertThat(E.message(Locale.ROOT)).isEqualTo(english);
    assertThat(E.message(new Locale("nl"))).isEqualTo(dutch);
    assertThat(E.message(Locale.forLanguageTag("nl-BE"))).isEqualTo(dutch);
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(new Locale("nl", "NL"));
      assertThat(E.message(Locale.ENGLISH)).isEqualTo(english);
      assertThat(E.message(Locale.GERMAN)).isEqualTo(english);
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void isAnArithmeticErrorButNotAMoneyOne() {
    assertThat(E).isInstanceOf(ArithmeticException.class)
        .isNotInstanceOf(MoneyOverflowException.class);
    assertThat(E.quantity().key()).isEqualTo("budget.spending");
  }

  @Test
  void keepsWhatOverflowedThroughSerialization() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(E);
    }
    CountOverflowException back;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = (CountOverflowException) in.readObject();
    }
    assertThat(back.quantity()).isEqualTo(E.quantity());
    assertThat(back.message(new Locale("nl"))).isEqualTo(E.message(new Locale("nl")));
  }
}
