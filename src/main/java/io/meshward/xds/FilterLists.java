package io.meshward.xds;

import com.google.protobuf.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code FilterLists} applies a filter operation to one list of filters: AddFirst / AddLast prepend
 * or append; AddBefore / AddAfter insert next to the first filter named {@code match.name} (no-op
 * when absent); Remove drops the filters with that name (all when no name); Patch rewrites the
 * filters with that name.
 */
final class FilterLists {

  /** Patches one filter. */
  interface Patcher<F> {
    F patch(F filter, PatchModification mod, Message value) throws XdsException;
  }

  private FilterLists() {}

  @SuppressWarnings("unchecked")
  static <F extends Message> List<F> apply(
      List<F> in,
      PatchModification mod,
      Message value,
      Function<F, String> name,
      Patcher<F> patcher)
      throws XdsException {
    List<F> out = new ArrayList<>(in);
    String wanted = mod.matchText("name");
    switch (mod.operation()) {
      case "AddFirst" -> out.add(0, (F) value);
      case "AddLast" -> out.add((F) value);
      case "AddBefore", "AddAfter" -> {
        int at = -1;
        for (int i = 0; i < out.size() && wanted != null; i++) {
          if (name.apply(out.get(i)).equals(wanted)) {
            at = i;
            break;
          }
        }
        if (at >= 0) {
          out.add(mod.operation().equals("AddAfter") ? at + 1 : at, (F) value);
        }
      }
      case "Remove" -> out.removeIf(f -> wanted == null || name.apply(f).equals(wanted));
      case "Patch" -> {
        for (int i = 0; i < out.size(); i++) {
          if (wanted == null || name.apply(out.get(i)).equals(wanted)) {
            out.set(i, patcher.patch(out.get(i), mod, value));
          }
        }
      }
      default -> throw mod.invalidOperation();
    }
    return out;
  }
}
