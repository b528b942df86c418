package io.meshward.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.meshward.core.BoundedMemo;
import io.meshward.core.JsonWeight;
import io.meshward.core.KumaKind;

/**
 * {@code RememberingSchemaCheck} keeps the reports of recently checked objects: a server-side dry
 * run followed by the real apply (what Flux and {@code kubectl diff} then {@code apply} send), a
 * controller re-applying an unchanged object, or a retry is checked once. A report is a pure
 * function of the part of the object its schema can see ({@link SchemaCheck#visiblePart}), so that
 * part is the key, and server-set metadata such as {@code uid} does not defeat it. At most {@link
 * #MAX_REPORTS} reports are kept, each for an object of at most {@link #MAX_WEIGHT} (see {@link
 * JsonWeight}); when full, the memo starts afresh.
 */
public final class RememberingSchemaCheck implements SchemaCheck {

  /** Reports kept; one more distinct object empties the memo. */
  static final int MAX_REPORTS = 256;

  /** Heavier objects are checked every time (about 16 KiB of JSON text). */
  static final long MAX_WEIGHT = 16 * 1024;

  private record Key(KumaKind kind, JsonNode visible) {}

  private final SchemaCheck inner;
  private final BoundedMemo<Key, SchemaReport> reports = new BoundedMemo<>(MAX_REPORTS);

  /** Remembers the reports of {@code inner}. */
  public RememberingSchemaCheck(SchemaCheck inner) {
    this.inner = inner;
  }

  @Override
  public SchemaReport validate(KumaKind kind, JsonNode object) {
    JsonNode visible = inner.visiblePart(kind, object);
    Key key = new Key(kind, visible);
    SchemaReport known = reports.get(key);
    if (known != null) {
      return known;
    }
    SchemaReport report = inner.validate(kind, visible);
    if (JsonWeight.atMost(visible, MAX_WEIGHT)) {
      // a copy: the caller's tree may change after this call, a key must not
      reports.put(new Key(kind, visible.deepCopy()), report);
    }
    return report;
  }

  /** How many reports are kept now. */
  int size() {
    return reports.size();
  }

  @Override
  public JsonNode visiblePart(KumaKind kind, JsonNode object) {
    return inner.visiblePart(kind, object);
  }
}
