package io.github.ctokit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

class ChecksTest {

  @Test
  void formatsPlainLocaleFreeNumbers() {
    assertThat(Checks.format(1.3)).isEqualTo("1.3");
    assertThat(Checks.format(30)).isEqualTo("30");
    assertThat(Checks.format(-0.0)).isEqualTo("0");
    assertThat(Checks.format(1e-7)).isEqualTo("0.0000001");
    assertThat(Checks.format(1.5e12)).isEqualTo("1500000000000");
    assertThat(Checks.format(Double.NaN)).isEqualTo("NaN");
    assertThat(Checks.format(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
  }

  @Test
  void rangeMessagesNameFieldRuleAndValue() {
    assertThatThrownBy(() -> Checks.requireWithin("likelihood", 1.3, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("likelihood must be within [0, 1] (was 1.3)");
    assertThatThrownBy(() -> Checks.requireNonNegative("effort", -2.5)).hasMessage("effort must be zero or more (was -2.5)");
    assertThat(Checks.requireNonNegative("effort", -0.0)).isEqualTo(0.0).isNotNegative();
  }

  @Test
  void moneyMustNotBeNegative() {
    Money cost = Money.of(CurrencyUnit.EUR, 12_500);
    assertThat(Checks.requireNonNegative("cost", cost)).isSameAs(cost);
    assertThatThrownBy(() -> Checks.requireNonNegative("cost", Money.of(CurrencyUnit.EUR, -1)))
        .hasMessage("cost must be zero or more (was EUR -1.00)");
  }

  @Test
  void periodsAreBoundedHalfOpenRanges() {
    YearQuarter q1 = YearQuarter.of(2027, 1);
    LocalDateRange quarter = LocalDateRange.of(q1.atDay(1), q1.plusQuarters(1).atDay(1));
    assertThat(Checks.requireBounded("cycle", quarter)).isSameAs(quarter);
    assertThat(quarter.lengthInDays()).isEqualTo(90);
    assertThat(quarter.contains(LocalDate.of(2027, 3, 31))).isTrue();
    assertThat(quarter.contains(LocalDate.of(2027, 4, 1))).isFalse();
    assertThatThrownBy(() -> Checks.requireBounded("cycle", LocalDateRange.ofUnboundedEnd(LocalDate.of(2027, 1, 1))))
        .hasMessage("cycle must have a finite start and end (was 2027-01-01/+999999999-12-31)");
  }

  @Test
  void dateOrder() {
    Checks.requireNotAfter("identified", LocalDate.of(2027, 1, 1), "reviewed", LocalDate.of(2027, 1, 1));
    assertThatThrownBy(() -> Checks.requireNotAfter("identified", LocalDate.of(2027, 2, 1), "reviewed", LocalDate.of(2027, 1, 1)))
        .hasMessage("identified must be on or before reviewed (was 2027-02-01 > 2027-01-01)");
  }

  @Test
  void quotesAreBounded() {
    assertThat(Checks.quote("abc")).isEqualTo("\"abc\"");
    assertThat(Checks.quote("x".repeat(41))).isEqualTo("\"" + "x".repeat(40) + "…\" (41 characters)");
  }
}
