package io.meshward.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** A traffic source answering from a function and recording every question. */
final class FixedTrafficSource implements TrafficSource {

  final List<TrafficQuestion> questions = new ArrayList<>();
  private final Function<TrafficQuestion, TrafficAnswer> answers;

  FixedTrafficSource(Function<TrafficQuestion, TrafficAnswer> answers) {
    this.answers = answers;
  }

  /** Every question answered with {@code answer}. */
  static FixedTrafficSource always(TrafficAnswer answer) {
    return new FixedTrafficSource(q -> answer);
  }

  /** {@code perSecond} new connections/s on web-1 and half of it on web-2. */
  static TrafficAnswer live(double perSecond) {
    return TrafficAnswer.measured(
        List.of(new DataplaneRate("web-1", perSecond), new DataplaneRate("web-2", perSecond / 2)),
        "new passthrough connections/s over 5m");
  }

  static TrafficAnswer idle() {
    return TrafficAnswer.measured(
        List.of(new DataplaneRate("web-1", 0)), "new passthrough connections/s over 5m");
  }

  @Override
  public synchronized CompletableFuture<TrafficAnswer> ask(TrafficQuestion question) {
    questions.add(question);
    return CompletableFuture.completedFuture(answers.apply(question));
  }

  @Override
  public String describe() {
    return "the test source";
  }
}
