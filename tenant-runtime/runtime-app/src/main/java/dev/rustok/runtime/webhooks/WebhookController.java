package dev.rustok.runtime.webhooks;

import java.util.List;
import java.util.UUID;

import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.webhooks.WebhookJson.CreatedView;
import dev.rustok.runtime.webhooks.WebhookJson.DeliveryDetailView;
import dev.rustok.runtime.webhooks.WebhookJson.DeliveryPageView;
import dev.rustok.runtime.webhooks.WebhookJson.DeliveryView;
import dev.rustok.runtime.webhooks.WebhookJson.EndpointJson;
import dev.rustok.runtime.webhooks.WebhookJson.EndpointView;
import dev.rustok.runtime.webhooks.WebhookJson.EndpointsView;
import dev.rustok.runtime.webhooks.WebhookJson.EventTypesView;
import dev.rustok.runtime.webhooks.WebhookJson.SecretView;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The webhook admin API (docs/adr/0069): every staff role reads endpoints and deliveries,
 * owner and admin change them (SecurityConfiguration). Secrets appear only in the answers
 * to create and rotate.
 */
@RestController
@RequestMapping(path = "/api/admin/webhooks", produces = MediaType.APPLICATION_JSON_VALUE)
class WebhookController {

	private final Webhooks webhooks;

	WebhookController(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	@GetMapping
	EndpointsView listWebhookEndpoints(Tenant tenant) {
		return new EndpointsView(this.webhooks.list(tenant).stream().map(EndpointView::of).toList());
	}

	@GetMapping("/event-types")
	EventTypesView listWebhookEventTypes() {
		return new EventTypesView(List.copyOf(this.webhooks.eventTypes()));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	CreatedView createWebhookEndpoint(Tenant tenant, @RequestBody EndpointJson request) {
		Webhooks.Created created = this.webhooks.create(tenant, request.draft());
		return new CreatedView(EndpointView.of(created.endpoint()), created.secret().value());
	}

	@GetMapping("/{endpointId}")
	EndpointView showWebhookEndpoint(Tenant tenant, @PathVariable UUID endpointId) {
		return EndpointView.of(this.webhooks.endpoint(tenant, endpointId));
	}

	@PutMapping(path = "/{endpointId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	EndpointView replaceWebhookEndpoint(Tenant tenant, @PathVariable UUID endpointId,
			@RequestBody EndpointJson request) {
		return EndpointView.of(this.webhooks.update(tenant, endpointId, request.draft()));
	}

	@DeleteMapping("/{endpointId}")
	ResponseEntity<Void> deleteWebhookEndpoint(Tenant tenant, @PathVariable UUID endpointId) {
		this.webhooks.delete(tenant, endpointId);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{endpointId}/secret")
	SecretView rotateWebhookSecret(Tenant tenant, @PathVariable UUID endpointId) {
		return new SecretView(this.webhooks.rotate(tenant, endpointId).value());
	}

	@PostMapping("/{endpointId}/enable")
	EndpointView enableWebhookEndpoint(Tenant tenant, @PathVariable UUID endpointId) {
		return EndpointView.of(this.webhooks.enable(tenant, endpointId));
	}

	@GetMapping("/{endpointId}/deliveries")
	DeliveryPageView listWebhookDeliveries(Tenant tenant, @PathVariable UUID endpointId,
			@RequestParam(required = false) String after, @RequestParam(defaultValue = "20") int limit) {
		Webhooks.DeliveryPage page = this.webhooks.deliveries(tenant, endpointId, after, limit);
		return new DeliveryPageView(page.items().stream().map(DeliveryView::of).toList(), page.next());
	}

	@GetMapping("/{endpointId}/deliveries/{deliveryId}")
	DeliveryDetailView showWebhookDelivery(Tenant tenant, @PathVariable UUID endpointId,
			@PathVariable UUID deliveryId) {
		Webhooks.DeliveryDetail detail = this.webhooks.delivery(tenant, endpointId, deliveryId);
		return new DeliveryDetailView(DeliveryView.of(detail.delivery()), detail.attempts());
	}

	@PostMapping("/{endpointId}/deliveries/{deliveryId}/resend")
	@ResponseStatus(HttpStatus.ACCEPTED)
	DeliveryView resendWebhookDelivery(Tenant tenant, @PathVariable UUID endpointId, @PathVariable UUID deliveryId) {
		return DeliveryView.of(this.webhooks.resend(tenant, endpointId, deliveryId));
	}

}
