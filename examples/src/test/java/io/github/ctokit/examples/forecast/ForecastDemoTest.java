package io.github.ctokit.examples.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctokit.scoring.forecast.DeliveryForecast;
import io.github.ctokit.scoring.forecast.FeatureForecast;
import io.github.ctokit.scoring.forecast.ForecastMethod;
import io.github.ctokit.scoring.forecast.RoadmapForecast;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the forecast demo and checks its figures against the engines and hand computation. */
class ForecastDemoTest {

  private static String output;

  @BeforeAll
  static void run() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new ForecastDemo().run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    output = bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void historyIsTwentySixWeeksOfWorkingDays() {
    // 130 weekdays minus Labor Day and Thanksgiving Thursday and Friday: 127 samples.
    assertThat(output).contains("History: 182 DAY periods from 2026-06-01, " + ForecastDemo.history().total() + " items, valid");
    assertThat(ForecastDemo.roadmap(false).explanation().samples()).isEqualTo(127);
    assertThat(output).contains("Data quality: 127 samples: stability ")
        .contains("next in range 98.4 %"); // (127 − 1)/(127 + 1)
  }

  @Test
  void roadmapDatesAreOrderedAndPrinted() {
    RoadmapForecast plain = ForecastDemo.roadmap(false);
    LocalDate previous = ForecastDemo.AS_OF;
    for (FeatureForecast f : plain.features()) {
      LocalDate d85 = f.forecast().dateAt(0.85).orElseThrow();
      assertThat(d85).isAfter(previous);
      assertThat(f.forecast().dateAt(0.5).orElseThrow()).isBeforeOrEqualTo(d85);
      assertThat(f.forecast().dateAt(0.95).orElseThrow()).isAfterOrEqualTo(d85);
      assertThat(CalendarCheck.isWorkingDay(d85)).isTrue();
      assertThat(output).contains(f.id() + "").contains(d85.toString());
      previous = d85;
    }
    // Growth on one epic makes the roadmap a simulation.
    assertThat(plain.explanation().method()).isEqualTo(ForecastMethod.MONTE_CARLO);
    assertThat(output).contains("10000 Monte Carlo trials, seed 7 (Monte Carlo: scope growth is sampled)");
  }

  @Test
  void theDipAndTheHireMoveTheDates() {
    RoadmapForecast plain = ForecastDemo.roadmap(false);
    RoadmapForecast dipped = ForecastDemo.roadmap(true);
    // The first epic lands before the leave starts and does not move much; the later ones move.
    FeatureForecast last = plain.features().get(3);
    FeatureForecast lastDipped = dipped.features().get(3);
    assertThat(lastDipped.forecast().dateAt(0.85).orElseThrow()).isAfter(last.forecast().dateAt(0.85).orElseThrow());
    assertThat(dipped.explanation().capacityScaled()).isTrue();
    assertThat(output).containsPattern("EPIC-invoice-pdf .* \\(\\+[1-9][0-9]* d\\)");
  }

  @Test
  void exactAndMonteCarloAgree() {
    DeliveryForecast exact = io.github.ctokit.scoring.forecast.DeliveryForecaster.fromThroughput(ForecastDemo.history())
        .when(42, ForecastDemo.AS_OF);
    assertThat(exact.explanation().method()).isEqualTo(ForecastMethod.EXACT);
    assertThat(output).contains("exact 85 % " + exact.dateAt(0.85).orElseThrow());
    // The roadmap's second epic finishes with those 42 items: its simulated 85 % date is the exact one
    // or a neighbouring working day.
    LocalDate simulated = ForecastDemo.roadmap(false).features().get(1).forecast().dateAt(0.85).orElseThrow();
    assertThat(Math.abs(simulated.toEpochDay() - exact.dateAt(0.85).orElseThrow().toEpochDay())).isLessThanOrEqualTo(3);
  }

  @Test
  void backtestAndStaffingArePrinted() {
    assertThat(output).containsPattern("Backtest, .*: 85 % forecasts of 14 periods: \\d+ of \\d+ held \\(\\d+\\.\\d %\\)");
    // On-call: A = 1.5 × 40/60 = 1 Erlang; N = 3 gives 1 − (1/11)·e^(−2·5/40) = .929 ≥ .9, N = 2 gives .74.
    assertThat(output).contains("On-call (1.5 pages an hour, 40 min each), 90 % answered within 5 min: 3 agents")
        .contains("5 rostered at 30 % shrinkage");
    // Support desk: A = 12 Erlangs.
    assertThat(output).contains("A = 12 E");
  }

  /** The demo's calendar, seen from the test. */
  static final class CalendarCheck {
    static boolean isWorkingDay(LocalDate d) {
      return ForecastDemo.CALENDAR.isWorkingDay(d);
    }
  }
}
