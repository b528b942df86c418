package io.meshward.xds;

import com.google.protobuf.Any;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code KumaProtoMerge} merges a MeshProxyPatch {@code value} into a resource like Kuma's {@code
 * util_proto.Merge}: set scalars overwrite, messages merge recursively, repeated fields are
 * appended, map entries are replaced per key, and a {@code google.protobuf.Duration} is replaced
 * whole. (protobuf-java's {@code mergeFrom} differs for Durations: it would merge {@code seconds}
 * and {@code nanos} separately, so {@code 5s} patched with {@code 0.5s} would give {@code 5.5s}.)
 */
public final class KumaProtoMerge {

  private static final String DURATION = "google.protobuf.Duration";

  private KumaProtoMerge() {}

  /** {@code dst} with {@code src} merged in. */
  public static Message merge(Message dst, Message src) {
    Message.Builder b = dst.toBuilder();
    mergeInto(b, src);
    return b.build();
  }

  /**
   * Merges two {@code Any} payloads of the same type (Kuma's {@code MergeAnys}): null {@code src}
   * keeps {@code dst}, null {@code dst} takes {@code src}, different type URLs are an error.
   */
  public static Any mergeAnys(Any dst, Any src) throws XdsException {
    if (src == null) {
      return dst;
    }
    if (dst == null) {
      return src;
    }
    if (!src.getTypeUrl().equals(dst.getTypeUrl())) {
      throw new XdsException(
          String.format(
              "type URL of dst \"%s\" is different than src \"%s\"",
              dst.getTypeUrl(), src.getTypeUrl()));
    }
    Message d = AnyCodec.unpack(dst);
    Message s = AnyCodec.unpack(src);
    return Any.pack(merge(d, s));
  }

  @SuppressWarnings("unchecked")
  private static void mergeInto(Message.Builder dst, Message src) {
    for (Map.Entry<FieldDescriptor, Object> e : src.getAllFields().entrySet()) {
      FieldDescriptor fd = e.getKey();
      Object value = e.getValue();
      if (fd.isMapField()) {
        mergeMap(dst, fd, (List<Message>) value);
      } else if (fd.isRepeated()) {
        for (Object item : (List<Object>) value) {
          dst.addRepeatedField(fd, item);
        }
      } else if (fd.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
        Message v = (Message) value;
        if (fd.getMessageType().getFullName().equals(DURATION)) {
          dst.setField(fd, v);
        } else {
          Message.Builder sub = ((Message) dst.getField(fd)).toBuilder();
          if (!dst.hasField(fd)) {
            sub = v.newBuilderForType();
          }
          mergeInto(sub, v);
          dst.setField(fd, sub.build());
        }
      } else {
        dst.setField(fd, value);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void mergeMap(Message.Builder dst, FieldDescriptor fd, List<Message> entries) {
    FieldDescriptor keyField = fd.getMessageType().findFieldByNumber(1);
    List<Message> merged = new ArrayList<>((List<Message>) dst.getField(fd));
    for (Message entry : entries) {
      Object key = entry.getField(keyField);
      merged.removeIf(m -> m.getField(keyField).equals(key));
      merged.add(entry);
    }
    dst.clearField(fd);
    merged.forEach(m -> dst.addRepeatedField(fd, m));
  }
}
