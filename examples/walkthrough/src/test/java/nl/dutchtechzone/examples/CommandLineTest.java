package nl.dutchtechzone.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The command line's options, exit codes and error messages. */
class CommandLineTest {

  @Test
  void helpListsEveryOptionAndTheExitCodesAndExitsZero() {
    Run run = Run.of("--help");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains("--locale", "--help", "--version", "Exit codes:",
        "2   bad usage or bad input");
    assertThat(run.err).isEmpty();
  }

  @Test
  void versionPrintsTheBuildVersion() {
    Run run = Run.of("--version");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).matches("dtz-walkthrough \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n");
  }

  @Test
  void unknownOptionExitsTwoWithAShortMessageAndNoStackTrace() {
    Run run = Run.of("--colour");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
    assertThat(run.err).contains("dtz-walkthrough: Unknown option: '--colour'",
        "Try 'dtz-walkthrough --help'");
    assertThat(run.err).doesNotContain("\tat ", "Exception");
    assertThat(run.out).isEmpty();
  }

  @Test
  void unsupportedLocaleExitsTwoNamingTheValueAndTheChoices() {
    Run run = Run.of("--locale", "fr");

    assertThat(run.exitCode).as(run.toString()).isEqualTo(Walkthrough.EXIT_BAD_INPUT);
    assertThat(run.err).contains("--locale", "must be nl or en, got 'fr'");
    assertThat(run.err).doesNotContain("\tat ");
  }

  @Test
  void dutchLocalePrintsDutchTextAndDutchAmounts() {
    Run run = Run.of("--locale", "nl");

    assertThat(run.exitCode).as(run.toString()).isZero();
    assertThat(run.out).contains("== Financieel overzicht 2022", "Eindsaldo", "€ 102.121,79",
        "== Jaarplan 2023", "Investeren in ondernemen met ambitie");
  }
}
