package nl.dutchtechzone.reporting.document;

import java.util.List;

/**
 * The key figures of a section, shown as tiles or a short list.
 *
 * @param figures the figures in order, not null
 */
public record KeyFigures(List<KeyFigure> figures) implements Block {

  /**
   * Copies the figures.
   *
   * @param figures the figures, not null, no null elements
   */
  public KeyFigures {
    figures = List.copyOf(figures);
  }
}
