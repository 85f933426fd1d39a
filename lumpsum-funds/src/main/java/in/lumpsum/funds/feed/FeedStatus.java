package in.lumpsum.funds.feed;

/**
 * What a feed run did with its file.
 *
 * @since 0.1.0
 */
public enum FeedStatus {
  /** The file was read, checked and applied (possibly changing nothing, when already applied). */
  APPLIED,
  /** The file had far fewer rows than recent files: nothing was stored; an alert was published. */
  REJECTED_ROW_COUNT,
  /** The file's header names no known layout: nothing was stored; a format-changed event was published. */
  REJECTED_FORMAT
}
