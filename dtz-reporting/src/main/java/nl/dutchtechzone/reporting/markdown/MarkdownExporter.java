package nl.dutchtechzone.reporting.markdown;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.dutchtechzone.core.VisibleText;
import nl.dutchtechzone.reporting.document.Block;
import nl.dutchtechzone.reporting.document.Cell;
import nl.dutchtechzone.reporting.document.Column;
import nl.dutchtechzone.reporting.document.Document;
import nl.dutchtechzone.reporting.document.Field;
import nl.dutchtechzone.reporting.document.Fields;
import nl.dutchtechzone.reporting.document.Item;
import nl.dutchtechzone.reporting.document.ItemList;
import nl.dutchtechzone.reporting.document.KeyFigure;
import nl.dutchtechzone.reporting.document.KeyFigures;
import nl.dutchtechzone.reporting.document.Notation;
import nl.dutchtechzone.reporting.document.Paragraph;
import nl.dutchtechzone.reporting.document.Row;
import nl.dutchtechzone.reporting.document.Section;
import nl.dutchtechzone.reporting.document.Table;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.spi.ReportExporter;

/**
 * The {@code markdown} format: the {@link Document} of the context as a readable report in
 * GitHub-flavoured Markdown, with tables for every table of the document and lists for the rest,
 * that renders well on a code-hosting site.
 *
 * <p>Sections become headings ({@code ##} for sections, {@code ###} for subsections); charts
 * are not drawn, their figures are in the table that follows each chart. Every text from the
 * document is escaped, so that it shows as written and never turns into markup, links, HTML or
 * a code block. Line ends are {@code \n}; the text is UTF-8.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MarkdownExporter implements ReportExporter {

  /** Creates the exporter; used by the service loader. */
  public MarkdownExporter() {}

  @Override
  public String format() {
    return "markdown";
  }

  @Override
  public String mediaType() {
    return "text/markdown; charset=UTF-8; variant=GFM";
  }

  @Override
  public String fileExtension() {
    return "md";
  }

  @Override
  public String description() {
    return "A readable Markdown report with money tables and plan status";
  }

  @Override
  public void export(ExportContext context, OutputStream out) throws IOException {
    requireNonNull(context, "context");
    requireNonNull(out, "out");
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write(new Doc(Document.of(context)).render());
    writer.flush();
  }

  /**
   * Escapes text for Markdown so that it shows as written: control characters (line breaks,
   * tabs, NUL, ESC and the rest) become spaces and leading and trailing white space is removed
   * (so a text never starts a code block or breaks the emphasis around it); characters that
   * start inline markup ({@code \ ` * _ [ ] < > | ~ $}) get a backslash, {@code &} becomes
   * {@code &amp;}, a leading character that would start a block ({@code # - + =} or a number
   * followed by {@code .} or {@code )}) is escaped, and automatic links ({@code http://},
   * {@code www.}) are broken up.
   *
   * @param text the text
   * @return the escaped text
   */
  static String escape(String text) {
    String s = escapeInline(text);
    if (s.length() > 0 && "#-+=".indexOf(s.charAt(0)) >= 0) {
      return "\\" + s;
    }
    int digits = 0;
    while (digits < s.length() && s.charAt(digits) >= '0' && s.charAt(digits) <= '9') {
      digits++;
    }
    if (digits > 0 && digits < s.length() && (s.charAt(digits) == '.' || s.charAt(digits) == ')')
        && (digits + 1 == s.length() || s.charAt(digits + 1) == ' ')) {
      return s.substring(0, digits) + "\\" + s.substring(digits);
    }
    return s;
  }

  /**
   * Escapes text for a place where it cannot start a block (a table cell, the middle of a line):
   * as {@link #escape(String)}, without escaping a leading block character.
   *
   * @param text the text
   * @return the escaped text
   */
  static String escapeInline(String text) {
    String t = strip(text);
    StringBuilder s = new StringBuilder(t.length() + 8);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      switch (c) {
        case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>':
        case '|': case '~': case '$':
          s.append('\\').append(c);
          break;
        case '&':
          s.append("&amp;");
          break;
        case ':':
          s.append(t.startsWith("//", i + 1) ? "\\:" : ":");
          break;
        case '.':
          s.append(i >= 3 && t.regionMatches(true, i - 3, "www", 0, 3) ? "\\." : ".");
          break;
        default:
          s.append(c);
      }
    }
    return s.toString();
  }

  /**
   * Control characters become spaces, bidi embedding, override and isolate controls ({@link
   * VisibleText#isBidiControl}) are left out; white space at both ends goes.
   */
  private static String strip(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!VisibleText.isBidiControl(c)) {
        s.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  /** The report of one document. */
  private static final class Doc {
    private final Document doc;
    private final Notation n;
    private final StringBuilder md = new StringBuilder(8192);

    Doc(Document doc) {
      this.doc = doc;
      this.n = doc.notation();
    }

    private void line(String s) {
      md.append(s).append('\n');
    }

    private void blank() {
      if (md.length() > 0 && !(md.length() >= 2 && md.charAt(md.length() - 2) == '\n')) {
        md.append('\n');
      }
    }

    private void heading(int level, String text) {
      blank();
      line("#".repeat(level) + " " + escape(text));
      md.append('\n');
    }

    private String cell(Cell c) {
      return escapeInline(n.format(c));
    }

    String render() {
      heading(1, doc.title());
      for (Section s : doc.sections()) {
        section(s, 2);
      }
      String out = md.toString();
      while (out.endsWith("\n\n")) {
        out = out.substring(0, out.length() - 1);
      }
      return out;
    }

    private void section(Section s, int level) {
      heading(level, s.heading());
      for (Block b : s.blocks()) {
        if (b instanceof Section sub) {
          section(sub, level + 1);
        } else if (b instanceof Paragraph p) {
          paragraph(p);
        } else if (b instanceof Table t) {
          table(t, s.heading());
        } else if (b instanceof KeyFigures k) {
          blank();
          for (KeyFigure f : k.figures()) {
            line("- **" + cell(f.value()) + "** " + escapeInline(f.label()));
          }
          md.append('\n');
        } else if (b instanceof Fields f) {
          blank();
          for (Field field : f.fields()) {
            line("- **" + escapeInline(field.label()) + ":** " + cell(field.value()));
          }
          md.append('\n');
        } else if (b instanceof ItemList l) {
          items(l);
        }
      }
    }

    private void paragraph(Paragraph p) {
      blank();
      String text = escape(p.text());
      switch (p.style()) {
        case NOTE:
          line("> " + text);
          break;
        case WARNING:
          line("> **" + text + "**");
          break;
        case STRONG:
          line("**" + text + "**");
          break;
        default:
          line(text);
      }
      md.append('\n');
    }

    private void items(ItemList l) {
      blank();
      for (Item item : l.items()) {
        StringBuilder s = new StringBuilder("- ");
        item.lead().ifPresent(lead -> s.append(cell(lead)).append(" · "));
        String title = item.title().map(MarkdownExporter::escapeInline).orElse("");
        String text = title.isEmpty() && item.lead().isEmpty() ? escape(item.text())
            : escapeInline(item.text());
        if (!title.isEmpty()) {
          s.append("**").append(title).append("**");
          if (!text.isEmpty()) {
            s.append(": ");
          }
        }
        s.append(text);
        for (Field d : item.details()) {
          s.append(" (").append(escapeInline(d.label())).append(": ").append(cell(d.value()))
              .append(')');
        }
        line(s.toString());
      }
      md.append('\n');
    }

    private void table(Table t, String sectionHeading) {
      blank();
      if (!t.caption().equals(sectionHeading)) {
        line("**" + escapeInline(t.caption()) + "**");
        md.append('\n');
      }
      List<String> header = new ArrayList<>();
      List<String> align = new ArrayList<>();
      for (Column c : t.columns()) {
        header.add(escapeInline(c.header()));
        align.add(c.isNumeric() ? "---:" : "---");
      }
      row(header);
      row(align);
      for (Row r : t.rows()) {
        List<String> cells = new ArrayList<>();
        for (Cell c : r.cells()) {
          String text = cell(c);
          cells.add(r.kind() == Row.Kind.TOTAL && !text.isEmpty() ? "**" + text + "**" : text);
        }
        row(cells);
      }
      md.append('\n');
    }

    private void row(List<String> cells) {
      line("| " + String.join(" | ", cells) + " |");
    }
  }
}
