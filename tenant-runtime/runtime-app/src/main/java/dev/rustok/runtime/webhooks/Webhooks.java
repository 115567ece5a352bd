package dev.rustok.runtime.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.ResourceConflict;
import dev.rustok.runtime.shared.ResourceNotFound;
import dev.rustok.runtime.shared.Tenant;

import org.springframework.transaction.annotation.Transactional;

/**
 * A shop's webhook endpoints (docs/adr/0069): registering, changing, rotating the secret,
 * re-enabling after the platform disabled one, and reading the delivery log. Every input
 * is checked before anything is stored; another shop's endpoint is simply not found.
 */
@Transactional
public class Webhooks {

	/** Endpoints per shop: enough for an ERP, a mailer and a few apps. */
	static final int MAX_ENDPOINTS = 20;

	static final int MAX_DESCRIPTION = 200;

	private final JooqEndpoints endpoints;

	private final JooqDeliveries deliveries;

	private final WebhookTargets targets;

	private final WebhookEventTypes eventTypes;

	private final EndpointBreakers breakers;

	private final JooqDueShops due;

	private final SealedSecrets secrets;

	private final Clock clock;

	Webhooks(JooqEndpoints endpoints, JooqDeliveries deliveries, WebhookTargets targets, WebhookEventTypes eventTypes,
			EndpointBreakers breakers, JooqDueShops due, SealedSecrets secrets, Clock clock) {
		this.due = due;
		this.secrets = secrets;
		this.endpoints = endpoints;
		this.deliveries = deliveries;
		this.targets = targets;
		this.eventTypes = eventTypes;
		this.breakers = breakers;
		this.clock = clock;
	}

	/**
	 * A new endpoint, enabled, and its secret: the only time the secret is shown; it is
	 * stored sealed (docs/adr/0101).
	 */
	public Created create(Tenant tenant, EndpointDraft draft) {
		EndpointDraft checked = checked(draft);
		if (this.endpoints.count(tenant) >= MAX_ENDPOINTS) {
			throw new ResourceConflict(new FieldProblem("url",
					"this shop already has " + MAX_ENDPOINTS + " webhook endpoints; delete one before adding another"));
		}
		UUID id = UUID.randomUUID();
		WebhookSecret secret = WebhookSecret.generate();
		this.endpoints.insert(tenant, id, checked, this.secrets.seal(tenant.id(), id, secret), this.clock.instant());
		return new Created(endpoint(tenant, id), secret);
	}

	/** The endpoint and its secret, as created. */
	public record Created(Endpoint endpoint, WebhookSecret secret) {

	}

	@Transactional(readOnly = true)
	public List<Endpoint> list(Tenant tenant) {
		return this.endpoints.list(tenant);
	}

	@Transactional(readOnly = true)
	public Endpoint endpoint(Tenant tenant, UUID id) {
		return this.endpoints.find(tenant, id).orElseThrow(() -> notFound(id));
	}

	public Endpoint update(Tenant tenant, UUID id, EndpointDraft draft) {
		EndpointDraft checked = checked(draft);
		if (!this.endpoints.update(tenant, id, checked, this.clock.instant())) {
			throw notFound(id);
		}
		return endpoint(tenant, id);
	}

	public void delete(Tenant tenant, UUID id) {
		if (!this.endpoints.delete(tenant, id)) {
			throw notFound(id);
		}
		this.breakers.forget(tenant.id().value(), id);
	}

	/**
	 * A new secret, effective for the next attempt; the old one stops signing at once.
	 */
	public WebhookSecret rotate(Tenant tenant, UUID id) {
		WebhookSecret secret = WebhookSecret.generate();
		if (!this.endpoints.rotate(tenant, id, this.secrets.seal(tenant.id(), id, secret), this.clock.instant())) {
			throw notFound(id);
		}
		return secret;
	}

	/**
	 * Enabled again, its failure count and this node's breaker reset; deliveries dropped
	 * while it was disabled stay dropped (docs/adr/0070).
	 */
	public Endpoint enable(Tenant tenant, UUID id) {
		if (!this.endpoints.enable(tenant, id, this.clock.instant())) {
			throw notFound(id);
		}
		this.breakers.forget(tenant.id().value(), id);
		return endpoint(tenant, id);
	}

	@Transactional(readOnly = true)
	public DeliveryPage deliveries(Tenant tenant, UUID endpoint, String after, int limit) {
		List<FieldProblem> problems = new ArrayList<>();
		if (limit < 1 || limit > 100) {
			problems.add(new FieldProblem("limit", "must be from 1 to 100"));
		}
		Optional<DeliveryCursor> cursor = Optional.ofNullable(after).map(DeliveryCursor::decode);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		endpoint(tenant, endpoint);
		List<Delivery> page = this.deliveries.page(tenant, endpoint, cursor, limit + 1);
		List<Delivery> shown = page.subList(0, Math.min(limit, page.size()));
		String next = (page.size() > limit) ? new DeliveryCursor(shown.getLast().seq()).encoded() : null;
		return new DeliveryPage(List.copyOf(shown), next);
	}

	/** A page of the log, newest first; {@code next} is {@code null} on the last page. */
	public record DeliveryPage(List<Delivery> items, String next) {

	}

	@Transactional(readOnly = true)
	public DeliveryDetail delivery(Tenant tenant, UUID endpoint, UUID delivery) {
		Delivery found = this.deliveries.find(tenant, endpoint, delivery)
			.orElseThrow(() -> new ResourceNotFound("This endpoint has no delivery " + delivery));
		return new DeliveryDetail(found, this.deliveries.attempts(tenant, delivery));
	}

	/**
	 * Sends a finished delivery (delivered, failed or dropped) once more, with the same
	 * {@code webhook-id} and body, as soon as a worker takes it (docs/adr/0088). Refused
	 * while the delivery is still pending or its endpoint is disabled.
	 */
	public Delivery resend(Tenant tenant, UUID endpointId, UUID deliveryId) {
		Endpoint endpoint = endpoint(tenant, endpointId);
		Delivery delivery = this.deliveries.find(tenant, endpointId, deliveryId)
			.orElseThrow(() -> new ResourceNotFound("This endpoint has no delivery " + deliveryId));
		if (!endpoint.enabled()) {
			throw new ResourceConflict(new FieldProblem("endpoint",
					"the endpoint is disabled; enable it before resending its deliveries"));
		}
		if (!this.deliveries.resend(tenant, endpointId, deliveryId, this.clock.instant())) {
			throw new ResourceConflict(new FieldProblem("status",
					"the delivery is " + delivery.status().code() + " already; it is sent when it comes due"));
		}
		this.due.dueNow(tenant.id().value());
		return this.deliveries.find(tenant, endpointId, deliveryId).orElseThrow();
	}

	/** A delivery and every call made for it. */
	public record DeliveryDetail(Delivery delivery, List<Attempt> attempts) {

	}

	Set<String> eventTypes() {
		return this.eventTypes.names();
	}

	private EndpointDraft checked(EndpointDraft draft) {
		List<FieldProblem> problems = new ArrayList<>();
		this.targets.refusal(draft.url()).ifPresent((reason) -> problems.add(new FieldProblem("url", reason)));
		String description = (draft.description() != null) ? draft.description().strip() : "";
		if (description.length() > MAX_DESCRIPTION) {
			problems.add(new FieldProblem("description", "is longer than " + MAX_DESCRIPTION + " characters"));
		}
		Set<String> types = new LinkedHashSet<>();
		if (draft.eventTypes() == null || draft.eventTypes().isEmpty()) {
			problems.add(new FieldProblem("eventTypes", "name at least one event type, e.g. catalog.ProductCreated"));
		}
		else {
			for (String type : draft.eventTypes()) {
				if (type == null || !this.eventTypes.known(type)) {
					problems.add(new FieldProblem("eventTypes",
							"unknown event type " + type + "; GET /api/admin/webhooks/event-types lists them"));
				}
				else {
					types.add(type);
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return new EndpointDraft(draft.url().strip(), description, types);
	}

	private static ResourceNotFound notFound(UUID id) {
		return new ResourceNotFound("This shop has no webhook endpoint " + id);
	}

}
