package io.github.ctokit.scoring.risk;

import io.github.ctokit.core.Level;
import io.github.ctokit.core.risk.AppetiteLimit;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A risk judged against its appetite limit at one tier: {@link AppetiteStatus#WITHIN},
 * {@link AppetiteStatus#BREACH} or {@link AppetiteStatus#NOT_RATED}, with the margin.
 *
 * <p>The margin is {@code limit − value}: positive is headroom, zero is at the limit, negative is
 * the size of the breach. For a score limit it is in score points (0 to 10 scale); for a level
 * limit in levels.
 */
public final class AppetiteCheck {

  private final AppetiteStatus status;
  private final Tier tier;
  private final @Nullable AppetiteLimit limit;
  private final long valueHundredths;
  private final @Nullable Level level;
  private final @Nullable String notRatedReason;

  private AppetiteCheck(AppetiteStatus status, Tier tier, @Nullable AppetiteLimit limit, long valueHundredths,
      @Nullable Level level, @Nullable String notRatedReason) {
    this.status = status;
    this.tier = tier;
    this.limit = limit;
    this.valueHundredths = valueHundredths;
    this.level = level;
    this.notRatedReason = notRatedReason;
  }

  static AppetiteCheck notRated(Tier tier, @Nullable AppetiteLimit limit, String reason) {
    return new AppetiteCheck(AppetiteStatus.NOT_RATED, tier, limit, -1, null, reason);
  }

  static AppetiteCheck judged(boolean breach, Tier tier, AppetiteLimit limit, long valueHundredths, Level level) {
    return new AppetiteCheck(breach ? AppetiteStatus.BREACH : AppetiteStatus.WITHIN, tier, limit, valueHundredths,
        level, null);
  }

  /**
   * Returns the status.
   *
   * @return the status
   */
  public AppetiteStatus status() {
    return status;
  }

  /**
   * Tells whether the risk breaches its limit.
   *
   * @return true for {@link AppetiteStatus#BREACH}
   */
  public boolean isBreach() {
    return status == AppetiteStatus.BREACH;
  }

  /**
   * Returns the tier judged.
   *
   * @return the engine's basis tier
   */
  public Tier tier() {
    return tier;
  }

  /**
   * Returns the limit that applied.
   *
   * @return the limit, or empty if no appetite was configured
   */
  public Optional<AppetiteLimit> limit() {
    return Optional.ofNullable(limit);
  }

  /**
   * Returns {@code limit − value}.
   *
   * @return score points for a score limit, levels for a level limit; empty when not rated
   */
  public Optional<BigDecimal> margin() {
    if (status == AppetiteStatus.NOT_RATED || limit == null) {
      return Optional.empty();
    }
    if (limit.maxScore().isPresent()) {
      return Optional.of(limit.maxScore().get().subtract(Decimals.ofHundredths(valueHundredths)));
    }
    return Optional.of(BigDecimal.valueOf(limit.maxLevel().orElseThrow().ordinal() - Objects.requireNonNull(level).ordinal()));
  }

  /**
   * Returns why the status is what it is, in one line.
   *
   * @return such as {@code "CURRENT score 6.00 > limit 4 (margin -2.00)"}
   */
  public String reason() {
    if (notRatedReason != null) {
      return notRatedReason;
    }
    AppetiteLimit l = Objects.requireNonNull(limit);
    String sign = isBreach() ? " > " : " ≤ ";
    String margin = margin().orElseThrow().toPlainString();
    if (l.maxScore().isPresent()) {
      return tier + " score " + Decimals.hundredths(valueHundredths) + sign + "limit "
          + Decimals.plain(l.maxScore().get()) + " (margin " + margin + ")";
    }
    return tier + " level " + Objects.requireNonNull(level).label() + (isBreach() ? " above " : " at or below ")
        + "limit " + l.maxLevel().orElseThrow().label() + " (margin " + margin + " levels)";
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof AppetiteCheck)) {
      return false;
    }
    AppetiteCheck o = (AppetiteCheck) obj;
    return status == o.status && tier == o.tier && Objects.equals(limit, o.limit) && valueHundredths == o.valueHundredths
        && Objects.equals(level, o.level) && Objects.equals(notRatedReason, o.notRatedReason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, tier, limit, valueHundredths, level, notRatedReason);
  }

  /** Returns the status and the reason. */
  @Override
  public String toString() {
    return status + ": " + reason();
  }
}
