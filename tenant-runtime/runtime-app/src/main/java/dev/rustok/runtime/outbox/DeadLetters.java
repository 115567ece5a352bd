package dev.rustok.runtime.outbox;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.rustok.runtime.shared.Tenant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A shop's events that failed {@code rustok.outbox.max-attempts} times: list, inspect and
 * replay them. Every call names the tenant, and every query is filtered by it, so a shop
 * never sees or replays another shop's events (docs/adr/0056).
 */
@Component
public class DeadLetters {

	static final int PAGE = 100;

	private final JooqOutbox outbox;

	DeadLetters(JooqOutbox outbox) {
		this.outbox = outbox;
	}

	/** The shop's newest dead letters, at most 100. */
	@Transactional(readOnly = true)
	public List<DeadLetter> of(Tenant tenant) {
		return this.outbox.deadLetters(tenant.id().value(), PAGE);
	}

	@Transactional(readOnly = true)
	public Optional<DeadLetter> find(Tenant tenant, UUID id) {
		return this.outbox.deadLetter(tenant.id().value(), id);
	}

	/**
	 * Puts the event back at the end of the outbox with its attempts reset; handlers that
	 * had already applied it skip it. False when the shop has no such dead letter.
	 */
	@Transactional
	public boolean replay(Tenant tenant, UUID id) {
		return this.outbox.replay(tenant.id().value(), id);
	}

}
