package in.lumpsum.core.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;

/**
 * Reads a {@link ScalarRecord} from its one value: the component is read with the deserializer of its
 * type, then passed to the record's constructor. A validation error of the constructor is reported
 * with the parser's location and the exception as cause.
 */
final class ScalarRecordDeserializer extends StdDeserializer<Object> implements ResolvableDeserializer {

  private static final long serialVersionUID = 1L;

  private final transient ScalarRecord model;
  private transient JsonDeserializer<Object> componentDeserializer;

  ScalarRecordDeserializer(ScalarRecord model) {
    super(model.type());
    this.model = model;
  }

  @Override
  public void resolve(DeserializationContext ctxt) throws JsonMappingException {
    JavaType type = ctxt.getTypeFactory().constructType(model.componentType());
    componentDeserializer = ctxt.findContextualValueDeserializer(type, null);
  }

  @Override
  public boolean isCachable() {
    return true;
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    Object component = componentDeserializer.deserialize(p, ctxt);
    if (component == null) {
      return null;
    }
    try {
      return model.wrap(component);
    } catch (RuntimeException e) {
      throw ValueInstantiationException.from(p, Conventions.describe(e), getValueType(ctxt), e);
    }
  }

  /** Reads a {@link ScalarRecord} map key from its text. */
  static final class Key extends KeyDeserializer {

    private final ScalarRecord model;

    Key(ScalarRecord model) {
      this.model = model;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      JavaType type = ctxt.getTypeFactory().constructType(model.componentType());
      Object component = ctxt.findKeyDeserializer(type, null).deserializeKey(key, ctxt);
      try {
        return model.wrap(component);
      } catch (RuntimeException e) {
        JsonMappingException problem =
            ctxt.weirdKeyException(model.type(), key, Conventions.describe(e));
        problem.initCause(e);
        throw problem;
      }
    }
  }
}
