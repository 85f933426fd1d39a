package in.lumpsum.store.redis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EnvelopeTest {

  @Test
  public void encodeThenDecode_givesItBack() {
    Envelope e = new Envelope("5c1f", 42, "{\"type\":\"NavPublished\",\"x\":\"a\\nb\"}");

    assertThat(Envelope.decode(e.encode())).isEqualTo(e);
  }

  @Test
  public void decode_foreignText_isRejected() {
    assertThatThrownBy(() -> Envelope.decode("hello")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Envelope.decode("e1 abc\n{}")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Envelope.decode("e1 abc x\n{}")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Envelope.decode("e1 abc 0\n{}")).isInstanceOf(IllegalArgumentException.class);
  }
}
