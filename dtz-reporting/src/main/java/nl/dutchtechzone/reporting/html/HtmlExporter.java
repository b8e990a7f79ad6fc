package nl.dutchtechzone.reporting.html;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.reporting.document.Block;
import nl.dutchtechzone.reporting.document.Cell;
import nl.dutchtechzone.reporting.document.CellType;
import nl.dutchtechzone.reporting.document.Chart;
import nl.dutchtechzone.reporting.document.ChartItem;
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
import nl.dutchtechzone.reporting.document.Series;
import nl.dutchtechzone.reporting.document.Table;
import nl.dutchtechzone.reporting.document.Texts;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.spi.ReportExporter;

/**
 * The {@code html} format: one self-contained page that a council member would rather look at
 * than read, rendered from the {@link Document} of the context.
 *
 * <p>The page shows the document's sections in order: key figures as tiles, the year's money
 * as a waterfall, the contributions per municipality as bars, the plan's progress per theme as
 * stacked bars, and every table of the document. Every chart is inline SVG with a title and a
 * description for screen readers, followed by the table that holds the same figures. Styles are
 * inline CSS with print rules; a content security policy forbids loading anything, so the page
 * opens the same offline. The page is written through an element writer that escapes every text
 * and attribute value, so no text of the document can become markup. Colours meet the WCAG 2.1
 * AA contrast ratios; headings go down one level at a time; tables have header cells with a
 * scope; the page's {@code lang} is the document's language.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HtmlExporter implements ReportExporter {

  static final String CSS = String.join("\n",
      ":root{--ink:#1d2733;--muted:#525c68;--line:#c9d1d9;--blue:#1f4e79;--green:#2e7d32;"
          + "--red:#b71c1c;--bg:#f6f8fa}",
      "*{box-sizing:border-box}",
      "body{margin:0;font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;"
          + "color:var(--ink);background:#fff}",
      "main{max-width:980px;margin:0 auto;padding:24px 20px 48px}",
      "header{border-bottom:4px solid var(--blue);margin-bottom:24px;padding-bottom:12px}",
      "h1{font-size:28px;margin:0 0 4px}h2{font-size:20px;margin:32px 0 12px;"
          + "border-bottom:1px solid var(--line);padding-bottom:4px}h3{font-size:16px;"
          + "margin:20px 0 8px}",
      ".tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:12px;"
          + "list-style:none;padding:0;margin:0}",
      ".tile{background:var(--bg);border:1px solid var(--line);border-radius:8px;"
          + "padding:12px 14px}",
      ".tile .n{display:block;font-size:26px;font-weight:700;color:var(--blue);"
          + "font-variant-numeric:tabular-nums}",
      ".tile .n.money{font-size:20px;white-space:nowrap}",
      ".tile .l{display:block;color:var(--muted);font-size:13px}",
      ".scroll{overflow-x:auto;margin:8px 0 16px}",
      "table{border-collapse:collapse;width:100%;font-size:14px}",
      "caption{text-align:left;font-weight:600;padding:4px 0}",
      "th,td{text-align:left;padding:5px 8px;border-bottom:1px solid var(--line);"
          + "vertical-align:top}",
      "th{background:var(--bg)}td.num,th.num{text-align:right;white-space:nowrap;"
          + "font-variant-numeric:tabular-nums}",
      "tr.total td,tr.total th{font-weight:700;border-top:2px solid var(--ink)}",
      "tr.excluded td{color:var(--muted)}",
      "svg{display:block;max-width:100%;height:auto}",
      "svg text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif}",
      ".pill{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;"
          + "color:#fff;white-space:nowrap;background:#616161}",
      ".s-done{background:#2e7d32}.s-in-progress{background:#8a5a00}"
          + ".s-not-started{background:#616161}.s-dropped{background:#6d4c41}"
          + ".s-carried-over{background:#1565c0}.s-no-evidence{background:#b71c1c}",
      ".legend span{display:inline-block;margin-right:14px;font-size:13px}",
      ".legend i{display:inline-block;width:11px;height:11px;border-radius:2px;"
          + "margin-right:5px;vertical-align:-1px}",
      ".note{color:var(--muted);font-size:13px}",
      ".warn{color:var(--red);font-weight:600}",
      ".vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);"
          + "white-space:nowrap}",
      "dl.fields{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px}"
          + "dl.fields dt{font-weight:600}dl.fields dd{margin:0}",
      "footer{max-width:980px;margin:0 auto;padding:0 20px 24px;color:var(--muted);"
          + "font-size:12px}",
      "@media (max-width:600px){main{padding:16px 12px 32px}h1{font-size:22px}"
          + "dl.fields{grid-template-columns:1fr}}",
      "@page{size:A4;margin:14mm}",
      "@media print{body{font-size:10.5pt}main{max-width:none;padding:0}"
          + "h2{break-after:avoid}section,.tile,tr,li{break-inside:avoid}"
          + ".tile{border-color:#999}.pill{border:1px solid #000;color:#000 !important;"
          + "background:#fff !important}.scroll{overflow:visible}}");

  /** Creates the exporter; used by the service loader. */
  public HtmlExporter() {}

  @Override
  public String format() {
    return "html";
  }

  @Override
  public String mediaType() {
    return "text/html; charset=UTF-8";
  }

  @Override
  public String fileExtension() {
    return "html";
  }

  @Override
  public String description() {
    return "A self-contained HTML page with charts (inline SVG) that prints well";
  }

  @Override
  public void export(ExportContext context, OutputStream out) throws IOException {
    requireNonNull(context, "context");
    requireNonNull(out, "out");
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write(new Page(Document.of(context)).render());
    writer.flush();
  }

  /** The colour of a status or series key in the charts. */
  static String colour(String key) {
    switch (key) {
      case "status.done":
        return "#2e7d32";
      case "status.in-progress":
        return "#8a5a00";
      case "status.not-started":
        return "#616161";
      case "status.dropped":
        return "#6d4c41";
      case "status.carried-over":
        return "#1565c0";
      case "status.no-evidence":
        return "#b71c1c";
      default:
        return "#1f4e79";
    }
  }

  /** The page of one document. */
  private static final class Page {
    private final Document doc;
    private final Notation n;
    private final Texts texts;
    private final Html h = new Html(65536);

    Page(Document doc) {
      this.doc = doc;
      this.n = doc.notation();
      this.texts = doc.texts();
    }

    String render() {
      h.doctype().open("html", "lang", doc.locale().getLanguage()).nl().open("head").nl();
      h.empty("meta", "charset", "utf-8").nl();
      h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").nl();
      h.empty("meta", "http-equiv", "Content-Security-Policy", "content",
          "default-src 'none'; style-src 'unsafe-inline'; img-src data:").nl();
      h.element("title", doc.title()).nl().style(CSS).nl().close("head").nl();
      h.open("body").nl().open("main").nl();
      h.open("header").element("h1", doc.title()).close("header").nl();
      for (Section s : doc.sections()) {
        section(s, 2);
      }
      h.close("main").nl();
      h.element("footer", texts.get("generated-by")).nl();
      h.close("body").nl().close("html").nl();
      return h.finish();
    }

    private void section(Section s, int level) {
      String headingId = "h-" + s.id();
      h.open("section", "aria-labelledby", headingId).nl();
      h.element("h" + Math.min(level, 6), s.heading(), "id", headingId).nl();
      for (Block b : s.blocks()) {
        if (b instanceof Section sub) {
          section(sub, level + 1);
        } else if (b instanceof Paragraph p) {
          paragraph(p);
        } else if (b instanceof Table t) {
          table(t, s.heading());
        } else if (b instanceof Chart c) {
          chart(c);
        } else if (b instanceof KeyFigures k) {
          keyFigures(k);
        } else if (b instanceof Fields f) {
          fields(f);
        } else if (b instanceof ItemList l) {
          items(l);
        }
      }
      h.close("section").nl();
    }

    private void paragraph(Paragraph p) {
      switch (p.style()) {
        case NOTE:
          h.element("p", p.text(), "class", "note");
          break;
        case WARNING:
          h.element("p", p.text(), "class", "warn");
          break;
        case STRONG:
          h.open("p").element("strong", p.text()).close();
          break;
        default:
          h.element("p", p.text());
      }
      h.nl();
    }

    private void keyFigures(KeyFigures k) {
      h.open("ul", "class", "tiles").nl();
      for (KeyFigure f : k.figures()) {
        boolean money = f.value().type() == CellType.MONEY;
        h.open("li", "class", "tile").element("span", n.format(f.value()), "class",
            money ? "n money" : "n").element("span", f.label(), "class", "l").close("li").nl();
      }
      h.close("ul").nl();
    }

    private void fields(Fields f) {
      h.open("dl", "class", "fields").nl();
      for (Field field : f.fields()) {
        h.element("dt", field.label()).element("dd", n.format(field.value())).nl();
      }
      h.close("dl").nl();
    }

    private void items(ItemList l) {
      h.open("ul").nl();
      for (Item item : l.items()) {
        h.open("li");
        item.lead().ifPresent(lead -> h.element("span", n.format(lead), "class", "note")
            .text(" "));
        item.title().ifPresent(title -> {
          h.element("strong", title);
          if (!item.text().isEmpty()) {
            h.text(": ");
          }
        });
        h.text(item.text());
        for (Field d : item.details()) {
          h.text(" ").element("span", "(" + d.label() + ": " + n.format(d.value()) + ")",
              "class", "note");
        }
        h.close("li").nl();
      }
      h.close("ul").nl();
    }

    private void table(Table t, String sectionHeading) {
      h.open("div", "class", "scroll", "role", "region", "aria-label", t.caption(),
          "tabindex", "0").nl();
      h.open("table").nl();
      h.element("caption", t.caption(), "class",
          t.caption().equals(sectionHeading) ? "vh" : null).nl();
      h.open("thead").open("tr");
      for (Column c : t.columns()) {
        h.element("th", c.header(), "scope", "col", "class", c.isNumeric() ? "num" : null);
      }
      h.close("tr").close("thead").nl().open("tbody").nl();
      for (Row r : t.rows()) {
        h.open("tr", "class", r.kind() == Row.Kind.TOTAL ? "total"
            : r.kind() == Row.Kind.EXCLUDED ? "excluded" : null);
        for (int c = 0; c < t.columns().size(); c++) {
          Column col = t.columns().get(c);
          Cell cell = r.cell(c);
          h.open("td", "class", col.isNumeric() ? "num" : null);
          if (cell instanceof Cell.Label label && label.key().startsWith("status.")) {
            h.element("span", label.text(), "class", "pill s-"
                + label.key().substring("status.".length()));
          } else if (cell instanceof Cell.Label label && label.key().equals("severity.error")) {
            h.element("span", label.text(), "class", "warn");
          } else {
            h.text(n.format(cell));
          }
          h.close("td");
        }
        h.close("tr").nl();
      }
      h.close("tbody").nl().close("table").nl().close("div").nl();
    }

    private void chart(Chart c) {
      switch (c.kind()) {
        case WATERFALL:
          waterfall(c);
          break;
        case STACKED_BARS:
          stackedBars(c);
          break;
        default:
          bars(c);
      }
    }

    private void svgStart(Chart c, int width, int height) {
      String title = c.id() + "-title";
      String desc = c.id() + "-desc";
      h.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + width + " "
          + height, "width", Integer.toString(width), "role", "img", "aria-labelledby",
          title + " " + desc).nl();
      h.element("title", c.title(), "id", title).element("desc", c.description(), "id", desc)
          .nl();
    }

    private static long value(Cell cell) {
      if (cell instanceof Cell.Amount a) {
        return a.amount().cents();
      } else if (cell instanceof Cell.Count k) {
        return k.value();
      }
      return 0;
    }

    private void waterfall(Chart c) {
      List<ChartItem> items = c.items();
      long[] from = new long[items.size()];
      long[] to = new long[items.size()];
      Money balance = Money.ZERO;
      long max = 0;
      long min = 0;
      for (int i = 0; i < items.size(); i++) {
        ChartItem item = items.get(i);
        Money v = Cell.moneyOf(item.values().get(0)).orElse(Money.ZERO);
        switch (item.role()) {
          case INCOME:
            from[i] = balance.cents();
            balance = balance.plus(v);
            break;
          case SPENDING:
            from[i] = balance.cents();
            balance = balance.minus(v);
            break;
          default:
            from[i] = 0;
            balance = v;
        }
        to[i] = balance.cents();
        max = Math.max(max, Math.max(from[i], to[i]));
        min = Math.min(min, Math.min(from[i], to[i]));
      }
      int width = 900;
      int top = 30;
      int plot = 240;
      int slot = (width - 20) / Math.max(1, items.size());
      int bar = slot * 62 / 100;
      int height = top + plot + 70;
      svgStart(c, width, height);
      long zeroY = top + plot - Svg.scale(0, min, max, plot);
      h.empty("line", "x1", "10", "x2", Integer.toString(width - 10), "y1", Long.toString(zeroY),
          "y2", Long.toString(zeroY), "stroke", "#525c68", "stroke-width", "1").nl();
      long previousEndY = -1;
      for (int i = 0; i < items.size(); i++) {
        ChartItem item = items.get(i);
        long yFrom = top + plot - Svg.scale(from[i], min, max, plot);
        long yTo = top + plot - Svg.scale(to[i], min, max, plot);
        long y = Math.min(yFrom, yTo);
        long hgt = Math.max(1, Math.abs(yFrom - yTo));
        int x = 10 + i * slot + (slot - bar) / 2;
        String colour = item.role() == ChartItem.Role.INCOME ? "#2e7d32"
            : item.role() == ChartItem.Role.SPENDING ? "#b71c1c" : "#1f4e79";
        if (previousEndY >= 0 && item.role() != ChartItem.Role.CLOSING) {
          h.empty("line", "x1", Integer.toString(x - (slot - bar)), "x2", Integer.toString(x),
              "y1", Long.toString(previousEndY), "y2", Long.toString(previousEndY), "stroke",
              "#525c68", "stroke-dasharray", "3 3").nl();
        }
        Cell shown = item.role() == ChartItem.Role.SPENDING
            ? Cell.money(Cell.moneyOf(item.values().get(0)).orElse(Money.ZERO).negated())
            : item.values().get(0);
        String amount = n.format(shown);
        h.open("rect", "x", Integer.toString(x), "y", Long.toString(y), "width",
            Integer.toString(bar), "height", Long.toString(hgt), "fill", colour)
            .element("title", item.label() + ": " + amount).close("rect").nl();
        h.element("text", amount, "x", Integer.toString(x + bar / 2), "y", Long.toString(y - 6),
            "text-anchor", "middle", "font-size", "12", "font-weight", "600").nl();
        List<String> lines = Svg.wrap(item.label(), 18, 3);
        h.open("text", "x", Integer.toString(x + bar / 2), "y",
            Integer.toString(top + plot + 18), "text-anchor", "middle", "font-size", "11",
            "fill", "#1d2733");
        for (int l = 0; l < lines.size(); l++) {
          h.element("tspan", lines.get(l), "x", Integer.toString(x + bar / 2), "dy",
              l == 0 ? "0" : "13");
        }
        h.close("text").nl();
        previousEndY = yTo;
      }
      h.close("svg").nl();
    }

    private void bars(Chart c) {
      List<ChartItem> items = c.items();
      long max = 1;
      for (ChartItem item : items) {
        max = Math.max(max, value(item.values().get(0)));
      }
      int width = 900;
      int labelWidth = 300;
      int barWidth = width - labelWidth - 260;
      int rowHeight = 34;
      int height = rowHeight * Math.max(1, items.size()) + 6;
      svgStart(c, width, height);
      for (int i = 0; i < items.size(); i++) {
        ChartItem item = items.get(i);
        int y = 3 + i * rowHeight;
        long w = Math.max(1, Svg.scale(Math.max(0, value(item.values().get(0))), 0, max,
            barWidth));
        label(item.label(), y);
        StringBuilder text = new StringBuilder(n.format(item.values().get(0)));
        for (int s = 1; s < c.series().size(); s++) {
          text.append(" · ").append(n.format(item.values().get(s))).append(' ')
              .append(c.series().get(s).label().toLowerCase(doc.locale()));
        }
        h.open("rect", "x", Integer.toString(labelWidth), "y", Integer.toString(y), "width",
            Long.toString(w), "height", "22", "fill",
            item.role() == ChartItem.Role.PROVISIONAL ? "#6b8fb3" : "#1f4e79")
            .element("title", item.label() + ": " + text).close("rect").nl();
        h.element("text", text.toString(), "x", Long.toString(labelWidth + w + 8), "y",
            Integer.toString(y + 16), "font-size", "12").nl();
      }
      h.close("svg").nl();
    }

    private void label(String text, int y) {
      List<String> label = Svg.wrap(text, 44, 2);
      h.open("text", "x", "0", "y", Integer.toString(y + 12), "font-size", "12");
      for (int l = 0; l < label.size(); l++) {
        h.element("tspan", label.get(l), "x", "0", "dy", l == 0 ? "0" : "14");
      }
      h.close("text").nl();
    }

    private void stackedBars(Chart c) {
      List<ChartItem> items = c.items();
      long max = 1;
      for (ChartItem item : items) {
        long sum = 0;
        for (Cell v : item.values()) {
          sum += value(v);
        }
        max = Math.max(max, sum);
      }
      int width = 900;
      int labelWidth = 300;
      int barWidth = width - labelWidth - 60;
      int rowHeight = 34;
      int height = rowHeight * Math.max(1, items.size()) + 10;
      svgStart(c, width, height);
      long[] totals = new long[c.series().size()];
      for (int i = 0; i < items.size(); i++) {
        ChartItem item = items.get(i);
        int y = 5 + i * rowHeight;
        label(item.label(), y);
        long x = labelWidth;
        long sum = 0;
        for (int s = 0; s < c.series().size(); s++) {
          long v = value(item.values().get(s));
          totals[s] += v;
          sum += v;
          if (v == 0) {
            continue;
          }
          Series series = c.series().get(s);
          long w = Svg.scale(v, 0, max, barWidth);
          h.open("rect", "x", Long.toString(x), "y", Integer.toString(y), "width",
              Long.toString(w), "height", "22", "fill", colour(series.key()))
              .element("title", series.label() + ": " + n.format(item.values().get(s)))
              .close("rect").nl();
          x += w;
        }
        h.element("text", n.count(sum), "x", Long.toString(x + 6), "y",
            Integer.toString(y + 16), "font-size", "12", "font-weight", "600").nl();
      }
      h.close("svg").nl();
      h.open("p", "class", "legend", "aria-hidden", "true");
      for (int s = 0; s < c.series().size(); s++) {
        Series series = c.series().get(s);
        h.open("span").open("i", "style", "background:" + colour(series.key())).close("i")
            .text(series.label() + " " + n.count(totals[s])).close("span");
      }
      h.close("p").nl();
    }
  }
}
