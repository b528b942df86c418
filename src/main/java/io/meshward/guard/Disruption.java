package io.meshward.guard;

/**
 * {@code Disruption} describes a change that would cut traffic, for the guard's messages.
 *
 * @param guard the guard that recognised it
 * @param field the Kuma-style path of the field making the change, e.g. {@code
 *     spec.networking.outbound.passthrough}
 * @param change the change, e.g. {@code setting networking.outbound.passthrough to false}
 * @param advice what to do before making it
 */
public record Disruption(GuardId guard, String field, String change, String advice) {}
