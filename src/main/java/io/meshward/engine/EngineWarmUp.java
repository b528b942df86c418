package io.meshward.engine;

import io.meshward.envoy.ProtoEnvoyValueParser;
import io.meshward.schema.JsonSchemaCheck;
import io.meshward.schema.SchemaCheck;
import java.util.concurrent.CompletableFuture;

/**
 * {@code EngineWarmUp} does the engine's one-time work (compiling the Kuma schemas, loading the
 * common Envoy types) on a background thread of its own, started as early as the process allows:
 * the server starts it before the application framework boots, so both proceed side by side and a
 * replica is ready sooner. The work is done once per process; every caller shares its outcome.
 */
public final class EngineWarmUp {

  private static final CompletableFuture<SchemaCheck> SCHEMAS = new CompletableFuture<>();
  private static boolean started;

  private EngineWarmUp() {}

  /** Starts the warm-up unless it has started already; returns at once. */
  public static synchronized void start() {
    if (started) {
      return;
    }
    started = true;
    Thread thread = new Thread(EngineWarmUp::run, "meshward-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  private static void run() {
    try {
      SchemaCheck schemas = JsonSchemaCheck.fromClasspath();
      ProtoEnvoyValueParser.warmUp();
      SCHEMAS.complete(schemas);
    } catch (RuntimeException | Error e) {
      SCHEMAS.completeExceptionally(e);
    }
  }

  /**
   * The compiled schemas, waiting for the warm-up (and starting it if nobody has).
   *
   * @throws IllegalStateException when a schema could not be compiled
   */
  public static SchemaCheck schemas() {
    start();
    try {
      return SCHEMAS.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new IllegalStateException("the engine's warm-up failed", e.getCause());
    }
  }

  /** Whether the warm-up has finished successfully. */
  public static boolean done() {
    return SCHEMAS.isDone() && !SCHEMAS.isCompletedExceptionally();
  }

  /** Runs {@code action} once the warm-up has finished successfully (at once if it has). */
  public static void whenDone(Runnable action) {
    SCHEMAS.thenRun(action);
  }
}
