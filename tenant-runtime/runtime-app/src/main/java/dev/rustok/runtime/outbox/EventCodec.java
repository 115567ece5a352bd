package dev.rustok.runtime.outbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.rustok.runtime.events.DomainEvent;
import dev.rustok.runtime.outbox.EventTypes.EventType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Event records as stored JSON and back, through the upcasters when the stored shape is
 * older than the record. Its own mapper: the web API's JSON settings must not change what
 * is stored.
 */
final class EventCodec {

	private final JsonMapper json = JsonMapper.builder().build();

	private final EventTypes types;

	private final Map<String, Upcaster> upcasters = new HashMap<>();

	EventCodec(EventTypes types, List<Upcaster> upcasters) {
		this.types = types;
		for (Upcaster upcaster : upcasters) {
			this.upcasters.put(upcaster.type() + "@" + upcaster.fromVersion(), upcaster);
		}
	}

	EventType typeOf(DomainEvent event) {
		return this.types.of(event);
	}

	String write(DomainEvent event) {
		return this.json.writeValueAsString(event);
	}

	DomainEvent read(String type, int storedVersion, String payload) {
		EventType current = this.types.named(type)
			.orElseThrow(() -> new IllegalArgumentException("no event type " + type));
		JsonNode node = this.json.readTree(payload);
		for (int version = storedVersion; version < current.version(); version++) {
			Upcaster step = this.upcasters.get(type + "@" + version);
			if (step == null) {
				throw new IllegalStateException("no upcaster for " + type + " from version " + version);
			}
			node = step.upcast((ObjectNode) node);
		}
		return this.json.treeToValue(node, current.record());
	}

	JsonNode tree(String payload) {
		return this.json.readTree(payload);
	}

}
