/**
 * The event backbone (docs/adr/0053-0056): {@code OutboxWriter} stores every
 * {@link dev.rustok.runtime.events.DomainEvent} in its shard's
 * {@code rustok_events.outbox_event} inside the transaction that made the change;
 * {@code OutboxRelay}, on every node, claims them with {@code FOR UPDATE SKIP LOCKED},
 * wakes on LISTEN/NOTIFY, delivers them in aggregate order to every
 * {@link dev.rustok.runtime.events.EventHandler} exactly once per handler, retries with
 * backoff and parks an event failing 5 times in the dead letters, which
 * {@link dev.rustok.runtime.outbox.DeadLetters} lists and replays. Consumes every event,
 * publishes none. Depends on {@code shared}, {@code events} and {@code tenancy}.
 */
@ApplicationModule(allowedDependencies = { "shared", "events", "tenancy" })
package dev.rustok.runtime.outbox;

import org.springframework.modulith.ApplicationModule;
