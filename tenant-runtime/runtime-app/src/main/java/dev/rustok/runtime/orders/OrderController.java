package dev.rustok.runtime.orders;

import java.security.Principal;
import java.util.UUID;

import dev.rustok.runtime.orders.OrderJson.FulfilmentJson;
import dev.rustok.runtime.orders.OrderJson.OrderView;
import dev.rustok.runtime.orders.OrderJson.PageView;
import dev.rustok.runtime.orders.OrderJson.ReasonJson;
import dev.rustok.runtime.orders.OrderJson.RefundJson;
import dev.rustok.runtime.shared.Money;
import dev.rustok.runtime.shared.Tenant;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The orders admin API (docs/adr/0060): every staff role reads, owner and admin change
 * orders (SecurityConfiguration). A transition the order's state does not allow answers
 * 409 with {@code currentState}. Refunds and cancellations give money back through the
 * provider that took it ({@link PaymentReversals}, docs/adr/0095).
 */
@RestController
@RequestMapping(path = "/api/admin/orders", produces = MediaType.APPLICATION_JSON_VALUE)
class OrderController {

	private final OrderBook orders;

	private final PaymentReversals reversals;

	OrderController(OrderBook orders, PaymentReversals reversals) {
		this.orders = orders;
		this.reversals = reversals;
	}

	@GetMapping
	PageView list(Tenant tenant, @RequestParam(required = false) String state,
			@RequestParam(required = false) String after, @RequestParam(defaultValue = "20") int limit) {
		return PageView.of(this.orders.list(tenant, OrderJson.state(state), after, limit));
	}

	@GetMapping("/{orderId}")
	OrderView order(Tenant tenant, @PathVariable UUID orderId) {
		return OrderView.of(this.orders.order(tenant, new OrderId(orderId)));
	}

	@PostMapping(path = "/{orderId}/payment", consumes = MediaType.APPLICATION_JSON_VALUE)
	OrderView pay(Tenant tenant, @PathVariable UUID orderId, @RequestBody ReasonJson request, Principal staff) {
		return OrderView.of(this.orders.pay(tenant, new OrderId(orderId), staff.getName(), request.reason()));
	}

	@PostMapping(path = "/{orderId}/fulfilments", consumes = MediaType.APPLICATION_JSON_VALUE)
	OrderView fulfil(Tenant tenant, @PathVariable UUID orderId, @RequestBody FulfilmentJson request, Principal staff) {
		return OrderView
			.of(this.orders.fulfil(tenant, new OrderId(orderId), request.units(), staff.getName(), request.reason()));
	}

	@PostMapping(path = "/{orderId}/delivery", consumes = MediaType.APPLICATION_JSON_VALUE)
	OrderView deliver(Tenant tenant, @PathVariable UUID orderId, @RequestBody ReasonJson request, Principal staff) {
		return OrderView.of(this.orders.deliver(tenant, new OrderId(orderId), staff.getName(), request.reason()));
	}

	@PostMapping(path = "/{orderId}/cancellation", consumes = MediaType.APPLICATION_JSON_VALUE)
	OrderView cancel(Tenant tenant, @PathVariable UUID orderId, @RequestBody ReasonJson request, Principal staff) {
		return OrderView.of(this.reversals.cancel(tenant, new OrderId(orderId), staff.getName(), request.reason()));
	}

	@PostMapping(path = "/{orderId}/refunds", consumes = MediaType.APPLICATION_JSON_VALUE)
	OrderView refund(Tenant tenant, @PathVariable UUID orderId, @RequestBody RefundJson request, Principal staff) {
		Money amount = request.amount();
		return OrderView
			.of(this.reversals.refund(tenant, new OrderId(orderId), amount, staff.getName(), request.reason()));
	}

}
