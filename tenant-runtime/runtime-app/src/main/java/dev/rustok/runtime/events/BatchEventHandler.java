package dev.rustok.runtime.events;

import java.util.List;

import dev.rustok.runtime.shared.Tenant;

/**
 * An {@link EventHandler} that applies the events of a relay batch as a set, in the one
 * transaction the relay gives it (docs/adr/0116, 0117): fewer statements, with the
 * outcome of {@link #handle} called on each in turn. The events are heads of distinct
 * aggregates, wanted by this handler, new to it, and in the order they were written. Such
 * a handler publishes no events: the relay binds no single event as their cause.
 */
public interface BatchEventHandler extends EventHandler {

	void handleAll(List<Delivery> deliveries);

	/** A claimed event and the shop it belongs to. */
	record Delivery(Tenant tenant, EventEnvelope event) {

	}

}
