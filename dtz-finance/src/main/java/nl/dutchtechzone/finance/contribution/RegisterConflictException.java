package nl.dutchtechzone.finance.contribution;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.Locale;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.MunicipalityCode;

/**
 * Thrown when an {@link InhabitantRegister} would hold two figures of one status for the same
 * municipality, reference date and retrieval date: the register cannot tell which one counts.
 *
 * <p>The message names the municipality, its code, the reference date, the retrieval date (or
 * that there is none), the status and the source of the second figure. {@link #getMessage()} is
 * English; {@link #message(Locale)} renders it for a language from the contribution message
 * bundles of dtz-finance (English and Dutch, English for a language without a bundle), as {@code
 * Violation.message(Locale)} does.
 */
public final class RegisterConflictException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /**
   * The figure; not serializable itself, so {@link #writeObject} writes its fields and {@link
   * #readObject} builds it again, with the same checks.
   */
  private transient InhabitantFigure figure;

  /**
   * Creates the exception.
   *
   * @param figure the figure that occurs more than once, not null
   */
  public RegisterConflictException(InhabitantFigure figure) {
    super(render(requireNonNull(figure, "figure"), Locale.ENGLISH));
    this.figure = figure;
  }

  private static String render(InhabitantFigure f, Locale locale) {
    return ContributionTexts.render(locale, f.knownOn().isPresent()
            ? "register.duplicate.retrieved" : "register.duplicate.undated",
        f.status().name(), f.municipalityName(), f.municipality().value(), f.referenceDate(),
        f.knownOn().map(Object::toString).orElse(""), f.source(locale), f.status());
  }

  /**
   * The figure that occurs more than once.
   *
   * @return the figure
   */
  public InhabitantFigure figure() {
    return figure;
  }

  /**
   * The message in a language: from the contribution bundle of the locale's language where there
   * is one (Dutch for {@code nl}), English otherwise; never the default locale's.
   *
   * @param locale the language, not null
   * @return the message
   */
  public String message(Locale locale) {
    requireNonNull(locale, "locale");
    return render(figure, locale);
  }

  /**
   * Writes the exception and then its figure, field by field.
   *
   * @param out the stream
   * @throws IOException if the stream fails
   * @serialData the figure's CBS code, municipality name (UTF), reference date, number of
   *     inhabitants (long), status, the Dutch reading of its source (UTF) and the English one or
   *     null, then whether it has a provenance (boolean) and, if so, its table id, period code
   *     (UTF), status, file (UTF) and retrieval date
   */
  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    InhabitantFigure f = figure;
    out.writeUTF(f.municipality().value());
    out.writeUTF(f.municipalityName());
    out.writeObject(f.referenceDate());
    out.writeLong(f.inhabitants());
    out.writeObject(f.status());
    out.writeUTF(f.source().nl());
    out.writeObject(f.source().en().orElse(null));
    Provenance p = f.provenance().orElse(null);
    out.writeBoolean(p != null);
    if (p != null) {
      out.writeUTF(p.tableId());
      out.writeUTF(p.periodCode());
      out.writeObject(p.status());
      out.writeUTF(p.file());
      out.writeObject(p.retrieved());
    }
  }

  /**
   * Reads the exception and builds its figure again, with the figure's own checks.
   *
   * @param in the stream
   * @throws IOException if the stream fails, or (as an {@link InvalidObjectException}) if the
   *     figure it holds is not one the model accepts
   * @throws ClassNotFoundException if a class of the stream is unknown
   */
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    try {
      InhabitantFigure.Builder b = InhabitantFigure.builder()
          .municipality(MunicipalityCode.of(in.readUTF()))
          .municipalityName(in.readUTF())
          .referenceDate((LocalDate) in.readObject())
          .inhabitants(in.readLong())
          .status((FigureStatus) in.readObject());
      String nl = in.readUTF();
      String en = (String) in.readObject();
      b.source(en == null ? LocalizedText.dutch(nl) : LocalizedText.of(nl, en));
      if (in.readBoolean()) {
        b.provenance(Provenance.of(in.readUTF(), in.readUTF(), (FigureStatus) in.readObject(),
            in.readUTF(), (LocalDate) in.readObject()));
      }
      figure = b.build();
    } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
      InvalidObjectException invalid =
          new InvalidObjectException("RegisterConflictException.figure: " + e.getMessage());
      invalid.initCause(e);
      throw invalid;
    }
  }
}
