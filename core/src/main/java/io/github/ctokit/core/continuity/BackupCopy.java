package io.github.ctokit.core.continuity;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One copy kept by a {@link BackupPolicy}: its medium, whether it is off-site, immutable or
 * offline (air-gapped), and the evidence that it can be restored: the date of the last verified
 * restore and the errors that restore found.
 *
 * <pre>{@code
 * BackupCopy vault = BackupCopy.builder()
 *     .media(MediaType.OBJECT_STORAGE).offSite(true).immutable(true)
 *     .lastVerifiedRestore(LocalDate.of(2027, 2, 1)).build();
 * }</pre>
 */
@Value.Immutable
public abstract class BackupCopy implements WithBackupCopy {

  BackupCopy() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BackupCopy}; the medium is required, every flag defaults to false. */
  public static final class Builder extends ImmutableBackupCopy.Builder {
    Builder() {}
  }

  /**
   * Returns the storage medium.
   *
   * @return the medium
   */
  public abstract MediaType media();

  /**
   * Tells whether the copy is kept at another site than the data it protects.
   *
   * @return false by default
   */
  @Value.Default
  public boolean offSite() {
    return false;
  }

  /**
   * Tells whether the copy cannot be altered or deleted during its retention (object lock, WORM).
   *
   * @return false by default
   */
  @Value.Default
  public boolean immutable() {
    return false;
  }

  /**
   * Tells whether the copy is offline or air-gapped (unreachable from the network it protects).
   *
   * @return false by default
   */
  @Value.Default
  public boolean airGapped() {
    return false;
  }

  /**
   * Returns the date this copy was last restored and verified.
   *
   * @return the date, or empty if never verified
   */
  public abstract Optional<LocalDate> lastVerifiedRestore();

  /**
   * Returns the number of errors the last verification found.
   *
   * @return zero or more; zero by default
   */
  @Value.Default
  public int verificationErrors() {
    return 0;
  }

  @Value.Check
  final void check() {
    if (verificationErrors() < 0) {
      throw new IllegalArgumentException("verificationErrors must be zero or more (was " + verificationErrors() + ")");
    }
  }
}
