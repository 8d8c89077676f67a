package io.github.ctokit.core.continuity;

/** The storage medium of one backup copy; the "2" of the 3-2-1-1-0 rule counts distinct media. */
public enum MediaType {
  /** Block or file storage on disks (SAN, NAS, local). */
  DISK,
  /** Magnetic tape. */
  TAPE,
  /** Object storage, on premises or in a cloud. */
  OBJECT_STORAGE,
  /** A managed cloud backup vault. */
  CLOUD_VAULT,
  /** Optical or other removable media. */
  REMOVABLE
}
