package dev.rustok.runtime.outbox;

import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a stored payload of {@link #type()} at {@link #fromVersion()} into the next
 * version's shape, so events written before a record changed still deliver. A Spring bean
 * per step; the codec chains them up to the current version (docs/adr/0053).
 */
public interface Upcaster {

	String type();

	int fromVersion();

	ObjectNode upcast(ObjectNode payload);

}
