/**
 * Webhooks (docs/adr/0069, 0070): a shop registers HTTPS endpoints for event types;
 * {@code WebhookFanOut}, an {@link dev.rustok.runtime.events.EventHandler}, turns each
 * event into one pending delivery per subscribed endpoint in the event's transaction, and
 * {@code DeliveryWorker}, on every node, claims due deliveries with
 * {@code FOR UPDATE SKIP LOCKED} and POSTs them signed (Standard Webhooks), behind a
 * circuit breaker per endpoint, with backoff; an endpoint failing too often is disabled
 * with a notice. Publishes {@link dev.rustok.runtime.events.WebhookEvent}s; consumes
 * every event. Depends on {@code shared}, {@code events} and {@code tenancy}.
 */
@ApplicationModule(allowedDependencies = { "shared", "events", "tenancy" })
package dev.rustok.runtime.webhooks;

import org.springframework.modulith.ApplicationModule;
