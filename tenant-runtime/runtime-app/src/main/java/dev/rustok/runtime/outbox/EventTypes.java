package dev.rustok.runtime.outbox;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.rustok.runtime.events.DomainEvent;
import dev.rustok.runtime.events.SchemaVersion;

/**
 * The stored name and current shape version of every event record, read from the sealed
 * hierarchies so a new record needs no registration: {@code catalog.ProductCreated} for
 * {@code CatalogEvent.ProductCreated}. A name must never change once events are stored.
 */
final class EventTypes {

	record EventType(String name, int version, Class<? extends DomainEvent> record) {

	}

	private final Map<String, EventType> byName = new HashMap<>();

	private final Map<Class<?>, EventType> byClass = new HashMap<>();

	EventTypes() {
		for (Class<?> module : DomainEvent.class.getPermittedSubclasses()) {
			String prefix = module.getSimpleName().replace("Event", "").toLowerCase(java.util.Locale.ROOT);
			collect(prefix, module);
		}
	}

	private void collect(String prefix, Class<?> type) {
		if (type.isRecord()) {
			SchemaVersion version = type.getAnnotation(SchemaVersion.class);
			EventType eventType = new EventType(prefix + "." + type.getSimpleName(),
					(version != null) ? version.value() : 1, type.asSubclass(DomainEvent.class));
			if (this.byName.put(eventType.name(), eventType) != null) {
				throw new IllegalStateException("two events are named " + eventType.name());
			}
			this.byClass.put(type, eventType);
			return;
		}
		for (Class<?> permitted : type.getPermittedSubclasses()) {
			collect(prefix, permitted);
		}
	}

	/** The same types with one at another version, as after a change of its record. */
	EventTypes withVersion(String name, int version) {
		EventTypes changed = new EventTypes();
		EventType type = changed.byName.get(name);
		EventType raised = new EventType(name, version, type.record());
		changed.byName.put(name, raised);
		changed.byClass.put(type.record(), raised);
		return changed;
	}

	EventType of(DomainEvent event) {
		return this.byClass.get(event.getClass());
	}

	Optional<EventType> named(String name) {
		return Optional.ofNullable(this.byName.get(name));
	}

}
