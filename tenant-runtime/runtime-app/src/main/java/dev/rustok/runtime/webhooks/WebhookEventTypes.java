package dev.rustok.runtime.webhooks;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import dev.rustok.runtime.events.DomainEvent;

/**
 * The event types an endpoint may subscribe to: every record of the sealed event
 * hierarchies, named by the outbox's rule ({@code catalog.ProductCreated},
 * docs/adr/0053), so a new event record is subscribable without registration.
 * {@code WebhooksIT} subscribes by that name and receives what the relay hands over.
 */
final class WebhookEventTypes {

	private final Set<String> names = new TreeSet<>();

	WebhookEventTypes() {
		for (Class<?> module : DomainEvent.class.getPermittedSubclasses()) {
			collect(module.getSimpleName().replace("Event", "").toLowerCase(Locale.ROOT), module);
		}
	}

	private void collect(String prefix, Class<?> type) {
		if (type.isRecord()) {
			this.names.add(prefix + "." + type.getSimpleName());
			return;
		}
		for (Class<?> permitted : type.getPermittedSubclasses()) {
			collect(prefix, permitted);
		}
	}

	Set<String> names() {
		return java.util.Collections.unmodifiableSet(this.names);
	}

	boolean known(String name) {
		return this.names.contains(name);
	}

}
