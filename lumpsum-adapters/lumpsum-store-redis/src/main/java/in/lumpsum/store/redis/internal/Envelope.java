package in.lumpsum.store.redis.internal;

/**
 * An event on the wire: the publishing bus's instance id, its sequence number there, and the event's
 * JSON (with its {@code "type"} discriminator), as one line of text each:
 * {@code e1 <instance> <seq>\n<json>}.
 *
 * @param instance the publishing bus's id, without spaces or line breaks
 * @param seq the publisher's sequence number, from 1, one more for each event it sends
 * @param json the event as JSON
 */
public record Envelope(String instance, long seq, String json) {

  private static final String MAGIC = "e1 ";

  /**
   * Writes the envelope.
   *
   * @return the message text
   */
  public String encode() {
    return MAGIC + instance + ' ' + seq + '\n' + json;
  }

  /**
   * Reads an envelope.
   *
   * @param message the message text
   * @return the envelope
   * @throws IllegalArgumentException if the text is not an envelope of this format
   */
  public static Envelope decode(String message) {
    int nl = message.indexOf('\n');
    if (!message.startsWith(MAGIC) || nl < 0) {
      throw new IllegalArgumentException("not a lumpsum event envelope (format e1)");
    }
    int sp = message.indexOf(' ', MAGIC.length());
    if (sp < 0 || sp > nl) {
      throw new IllegalArgumentException("envelope header has no sequence number");
    }
    String instance = message.substring(MAGIC.length(), sp);
    long seq;
    try {
      seq = Long.parseLong(message.substring(sp + 1, nl));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("envelope sequence number is not a number", e);
    }
    if (instance.isEmpty() || seq < 1) {
      throw new IllegalArgumentException("envelope header needs an instance and a sequence >= 1");
    }
    return new Envelope(instance, seq, message.substring(nl + 1));
  }
}
