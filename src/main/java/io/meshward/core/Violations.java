package io.meshward.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code Violations} collects every violation a validator finds, in order, instead of stopping at
 * the first one (Kuma's {@code ValidationError}).
 */
public final class Violations {

  private final String rule;
  private final List<Violation> list = new ArrayList<>();

  /**
   * A collector whose violations carry {@code rule} as their rule id.
   *
   * @param rule rule id, e.g. {@code meshproxypatch}
   */
  public Violations(String rule) {
    this.rule = rule;
  }

  /** Adds a violation at {@code path}. */
  public void add(FieldPath path, String message) {
    list.add(new Violation(path.toString(), message, rule));
  }

  /** Adds a violation that already carries its rule id. */
  public void add(Violation violation) {
    list.add(violation);
  }

  /** Adds every violation of {@code other}, keeping their rule ids. */
  public void addAll(Violations other) {
    list.addAll(other.list);
  }

  /** Adds every violation of {@code other}, keeping their rule ids. */
  public void addAll(List<Violation> other) {
    list.addAll(other);
  }

  /** Whether nothing was reported. */
  public boolean isEmpty() {
    return list.isEmpty();
  }

  /** The rule id given to violations added with a path. */
  public String rule() {
    return rule;
  }

  /** The violations, in the order they were reported. */
  public List<Violation> list() {
    return Collections.unmodifiableList(list);
  }
}
