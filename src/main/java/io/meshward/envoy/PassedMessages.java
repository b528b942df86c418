package io.meshward.envoy;

import com.google.protobuf.Message;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * {@code PassedMessages} remembers message instances, nested ones included, that passed Envoy's
 * constraints, so that a check of a resource rebuilt around them skips them: a message's own rules
 * do not depend on where it sits, and messages are immutable. It may read further memos it was
 * given ({@link #reading}) and adds only to its own. Not thread-safe; the memos it reads must no
 * longer change.
 */
public final class PassedMessages {

  private final Set<Message> own = Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<PassedMessages> read = new ArrayList<>();

  /** Whether {@code message} passed. */
  public boolean contains(Message message) {
    if (own.contains(message)) {
      return true;
    }
    for (PassedMessages other : read) {
      if (other.contains(message)) {
        return true;
      }
    }
    return false;
  }

  /** Records that {@code message} passed. */
  public void add(Message message) {
    own.add(message);
  }

  /** Also answers from {@code other}, which must no longer change. */
  public void reading(PassedMessages other) {
    if (other != this && !read.contains(other)) {
      read.add(other);
    }
  }
}
