package nl.dutchtechzone.core;

import java.util.List;
import org.immutables.value.Value;

/**
 * The Program Board: the administrators who steer the programme.
 *
 * <p>The source documents name the board but not its members; {@link #memberPartnerIds()} may be
 * empty.
 *
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(ProgramBoard)} copies every field
 *     of a value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of ProgramBoard sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code name(String)}</td><td>{@link #name()}: The board's
 *     name</td><td>required</td></tr>
 *   <tr><td>{@code addMemberPartnerIds(String)}, {@code addMemberPartnerIds(String...)}, {@code
 *     addAllMemberPartnerIds(Iterable)}, {@code memberPartnerIds(Iterable)}</td><td>{@link
 *     #memberPartnerIds()}: The partners represented on the board, where known</td><td>any number;
 *     an id: letters, digits, '.', '_' or '-', starting with a letter or digit</td></tr>
 * </table>
 * <!-- builder-table:end -->
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProgramBoard {

  ProgramBoard() {}

  /**
   * The board's name.
   *
   * @return the name, such as {@code Program Board}
   */
  @Value.Parameter
  public abstract String name();

  /**
   * The partners represented on the board, where known.
   *
   * @return the partner ids, possibly empty
   */
  @Value.Parameter
  public abstract List<String> memberPartnerIds();

  /**
   * Creates a board.
   *
   * @param name the name, not null
   * @param memberPartnerIds the partner ids of its members, not null
   * @return the board
   * @throws IllegalArgumentException if an id is malformed or repeated
   */
  public static ProgramBoard of(String name, List<String> memberPartnerIds) {
    return ImmutableProgramBoard.of(name, memberPartnerIds);
  }

  @Value.Check
  final void check() {
    memberPartnerIds().forEach(p -> Ids.check("ProgramBoard.memberPartnerIds", p));
    Ids.checkUnique("ProgramBoard.memberPartnerIds", memberPartnerIds(), p -> p);
  }

  /**
   * A new builder that sets the fields by name, for code that binds values field by field (such
   * as the dataset reader); the factory {@code of} is the short form. {@code build()} checks
   * the same rules.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ProgramBoard} values; obtain one through {@link ProgramBoard#builder()}. */
  public static final class Builder extends ImmutableProgramBoard.Builder {
    Builder() {}
  }
}
