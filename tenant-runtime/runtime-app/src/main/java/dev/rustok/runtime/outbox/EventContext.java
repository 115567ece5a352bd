package dev.rustok.runtime.outbox;

import java.util.UUID;

/**
 * The event a handler is applying, bound by the relay while it runs, so the events the
 * handler's change publishes carry its correlation id and name it as their cause.
 */
record EventContext(UUID correlationId, UUID causationId) {

	static final ScopedValue<EventContext> CURRENT = ScopedValue.newInstance();

}
