package nl.dutchtechzone.reporting.document;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * A section of the document: a heading and its blocks in reading order. A section inside a
 * section is a subsection; its heading is one level deeper (the document's title is level 1,
 * its sections level 2, their subsections level 3).
 *
 * @param kind what the section is about, not null
 * @param id a stable id, unique in the document, such as {@code statement} or
 *     {@code plan-2023.theme-1}, not null
 * @param heading the heading in the document's language, not null
 * @param blocks the blocks in reading order, not null
 */
public record Section(SectionKind kind, String id, String heading, List<Block> blocks)
    implements Block {

  /**
   * Checks the parts and copies the blocks.
   *
   * @param kind the kind, not null
   * @param id the id, not null
   * @param heading the heading, not null
   * @param blocks the blocks, not null, no null elements
   */
  public Section {
    requireNonNull(kind, "Section.kind");
    requireNonNull(id, "Section.id");
    requireNonNull(heading, "Section.heading");
    blocks = List.copyOf(blocks);
  }

  /**
   * The tables of this section and of its subsections, in reading order.
   *
   * @return the tables
   */
  public List<Table> tables() {
    List<Table> out = new ArrayList<>();
    collect(this, out);
    return out;
  }

  /**
   * The direct subsections of this section.
   *
   * @return the subsections in order
   */
  public List<Section> subsections() {
    List<Section> out = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Section s) {
        out.add(s);
      }
    }
    return out;
  }

  private static void collect(Section section, List<Table> out) {
    for (Block b : section.blocks) {
      if (b instanceof Table t) {
        out.add(t);
      } else if (b instanceof Section s) {
        collect(s, out);
      }
    }
  }
}
