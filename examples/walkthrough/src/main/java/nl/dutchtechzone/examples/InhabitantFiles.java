package nl.dutchtechzone.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.finance.contribution.ContributionHistory;
import nl.dutchtechzone.finance.contribution.ContributionVintage;
import nl.dutchtechzone.finance.contribution.FigureStatus;
import nl.dutchtechzone.finance.contribution.InhabitantFigure;
import nl.dutchtechzone.finance.contribution.Settlement;
import nl.dutchtechzone.finance.contribution.SettlementLine;
import nl.dutchtechzone.reporting.cbs.CbsException;
import nl.dutchtechzone.reporting.cbs.CbsFigures;
import nl.dutchtechzone.reporting.cbs.CbsReader;
import nl.dutchtechzone.reporting.document.Notation;
import picocli.CommandLine;

/**
 * The command line's {@code --inhabitants} files (CBS downloads) and the settlement chain they
 * give: kept beside {@link Walkthrough}, which only parses the options and prints.
 *
 * <p>Each file is read with {@link CbsReader#read}; its retrieval date is the file's
 * last-modified day in UTC (the day it was downloaded, unless it was touched since), so that the
 * same file gives the same output. A file that does not carry its statuses (a TypedDataSet
 * without its Perioden file) needs {@code --inhabitants-status}.
 */
final class InhabitantFiles {

  private InhabitantFiles() {}

  /** What the files gave: the figures and one note per file. */
  record Read(List<InhabitantFigure> figures, List<String> notes) {}

  /**
   * Reads the files for the programme's municipalities.
   *
   * @param files the files, in the order given
   * @param status the status for files that carry none
   * @param programme the programme
   * @param m the texts
   * @return the figures and notes
   * @throws UsageException naming the file, row and field of bad input
   */
  static Read read(List<Path> files, Optional<FigureStatus> status, Programme programme,
      Messages m) {
    CbsReader reader = CbsReader.of(programme.partners().stream()
        .filter(Partner::isMunicipality).collect(Collectors.toList()));
    List<InhabitantFigure> figures = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Path file : files) {
      try {
        LocalDate retrieved = LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(),
            ZoneOffset.UTC);
        CbsFigures read = reader.read(file, retrieved, status);
        figures.addAll(read.figures());
        notes.add(m.get("inhabitants.note", read.note(m.locale()), retrieved));
      } catch (CbsException e) {
        throw new UsageException(m.get("error.inhabitantsInvalid", e.message(m.locale())),
            List.of(), e);
      } catch (IOException e) {
        throw new UsageException(m.get("error.inhabitantsUnreadable", file, m.ioReason(e)),
            List.of(), e);
      }
    }
    return new Read(figures, notes);
  }

  /**
   * The lines that show a year's settlement chain: each vintage's total, then each step's
   * settlement per municipality.
   *
   * @param history the history, with at least two vintages
   * @param m the texts
   * @param n the notation of amounts
   * @return the lines, without the heading
   */
  static List<String> chain(ContributionHistory history, Messages m, Notation n) {
    List<String> out = new ArrayList<>();
    List<ContributionVintage> vintages = history.vintages();
    for (int i = 0; i < vintages.size(); i++) {
      ContributionVintage v = vintages.get(i);
      String label = m.get("figureStatus." + v.status().name());
      if (v.knownOn().isPresent()) {
        label = m.get("chain.retrieved", label, v.knownOn().get());
      }
      out.add(String.format(Locale.ROOT, "  %d. %-44s %16s", i + 1, label,
          n.money(v.statement().total())));
    }
    List<Settlement> steps = history.settlements();
    for (int i = 0; i < steps.size(); i++) {
      Settlement s = steps.get(i);
      out.add("  " + m.get("chain.step", i + 1, i + 2));
      out.add(String.format(Locale.ROOT, "    %-12s %14s %14s %14s", "", m.get("chain.before"),
          m.get("chain.after"), m.get("chain.toSettle")));
      for (SettlementLine l : s.lines()) {
        out.add(String.format(Locale.ROOT, "    %-12s %14s %14s %14s", l.name(),
            n.money(l.estimated()), n.money(l.settled()), n.money(l.difference())));
      }
      out.add(String.format(Locale.ROOT, "    %-12s %14s %14s %14s", m.get("total"),
          n.money(s.estimateTotal()), n.money(s.finalTotal()), n.money(s.total())));
    }
    out.add(String.format(Locale.ROOT, "  %-47s %16s", m.get("chain.settledInAll"),
        n.money(history.settledTotal())));
    for (String note : history.notes(m.locale())) {
      out.add("  " + note);
    }
    return out;
  }

  /** Reads {@code --inhabitants-status}: {@code provisional}, {@code revised} or {@code final}. */
  static final class StatusConverter implements CommandLine.ITypeConverter<FigureStatus> {
    @Override
    public FigureStatus convert(String value) {
      switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "provisional":
          return FigureStatus.PROVISIONAL;
        case "revised":
          return FigureStatus.REVISED_PROVISIONAL;
        case "final":
          return FigureStatus.FINAL;
        default:
          throw new OptionValueException("expected.status", value);
      }
    }
  }
}
