package dev.rustok.runtime.outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.rustok.runtime.shared.ResourceNotFound;
import dev.rustok.runtime.shared.Tenant;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A shop's dead letters on its admin API (docs/adr/0056): staff read them, owner and
 * admin replay them (SecurityConfiguration). Another shop's id is simply not found.
 */
@RestController
@RequestMapping(path = "/api/admin/events/dead-letters", produces = MediaType.APPLICATION_JSON_VALUE)
class DeadLetterController {

	private final DeadLetters deadLetters;

	private final EventCodec codec;

	DeadLetterController(DeadLetters deadLetters, EventCodec codec) {
		this.deadLetters = deadLetters;
		this.codec = codec;
	}

	@GetMapping
	DeadLettersView list(Tenant tenant) {
		return new DeadLettersView(this.deadLetters.of(tenant).stream().map(this::view).toList());
	}

	@GetMapping("/{id}")
	DeadLetterView inspect(Tenant tenant, @PathVariable UUID id) {
		return this.deadLetters.find(tenant, id).map(this::view).orElseThrow(() -> notFound(id));
	}

	@PostMapping("/{id}/replay")
	ResponseEntity<Void> replay(Tenant tenant, @PathVariable UUID id) {
		if (!this.deadLetters.replay(tenant, id)) {
			throw notFound(id);
		}
		return ResponseEntity.accepted().build();
	}

	private DeadLetterView view(DeadLetter letter) {
		return new DeadLetterView(letter.id(), letter.type(), letter.schemaVersion(), letter.aggregateType(),
				letter.aggregateId(), letter.aggregateVersion(), letter.occurredAt(), letter.correlationId(),
				letter.causationId(), letter.attempts(), letter.lastError(), letter.failedAt(),
				this.codec.tree(letter.payload()));
	}

	private static ResourceNotFound notFound(UUID id) {
		return new ResourceNotFound("This shop has no dead letter " + id);
	}

	record DeadLettersView(List<DeadLetterView> items) {

	}

	record DeadLetterView(UUID id, String type, int schemaVersion, String aggregateType, UUID aggregateId,
			long aggregateVersion, Instant occurredAt, UUID correlationId, UUID causationId, int attempts,
			String lastError, Instant failedAt, JsonNode payload) {

	}

}
