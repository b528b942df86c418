package io.meshward.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.KumaKind;
import java.util.function.Supplier;

/**
 * {@code LazySchemaCheck} compiles the schemas on first use (or when {@link #warmUp()} is called,
 * typically from a background thread at startup), so that a server starts listening before the
 * schemas are compiled.
 */
public final class LazySchemaCheck implements SchemaCheck {

  private final Supplier<SchemaCheck> factory;
  private volatile SchemaCheck delegate;

  /**
   * @param factory builds the real check, e.g. {@code JsonSchemaCheck::fromClasspath}
   */
  public LazySchemaCheck(Supplier<SchemaCheck> factory) {
    this.factory = factory;
  }

  /** Compiles the schemas now; safe to call from any thread, any number of times. */
  public void warmUp() {
    get();
  }

  private SchemaCheck get() {
    SchemaCheck d = delegate;
    if (d == null) {
      synchronized (this) {
        d = delegate;
        if (d == null) {
          d = factory.get();
          delegate = d;
        }
      }
    }
    return d;
  }

  @Override
  public SchemaReport validate(KumaKind kind, JsonNode object) {
    return get().validate(kind, object);
  }

  @Override
  public JsonNode visiblePart(KumaKind kind, JsonNode object) {
    return get().visiblePart(kind, object);
  }
}
