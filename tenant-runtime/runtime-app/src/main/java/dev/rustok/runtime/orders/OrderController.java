package dev.rustok.runtime.orders;

import java.security.Principal;
import java.util.UUID;

import dev.rustok.runtime.orders.OrderJson.CancellationJson;
import dev.rustok.runtime.orders.OrderJson.FulfilmentJson;
import dev.rustok.runtime.orders.OrderJson.OrderView;
import dev.rustok.runtime.orders.OrderJson.PageView;
import dev.rustok.runtime.orders.OrderJson.ReasonJson;
import dev.rustok.runtime.orders.OrderJson.RefundJson;
import dev.rustok.runtime.shared.Money;
import dev.rustok.runtime.shared.Tenant;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

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

	private static final String PROBLEM_JSON = "application/problem+json";

	private static final String PROBLEM = "#/components/schemas/Problem";

	private static final String DECLINED = "The payment provider declined (already refunded there, disputed, an "
			+ "expired authorization): `errors` names `payment` with the provider's reason; `orderNumber` and "
			+ "`currentState`; the order is unchanged (docs/adr/0095).";

	private static final String UNAVAILABLE = "Payment provider unavailable (down, timed out, its breaker open): "
			+ "`orderNumber` and `currentState`; the order is unchanged, and asking again uses the same idempotency "
			+ "key, so the money moves at most once (docs/adr/0095).";

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
	@ApiResponse(responseCode = "200", description = "The order, cancelled", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "422",
			description = DECLINED + " A declined void of a pending order also carries "
					+ "`voidDeclined: true`: asking again with `despiteDeclinedVoid: true` cancels it (docs/adr/0104).",
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
	@ApiResponse(responseCode = "503", description = UNAVAILABLE,
			headers = @Header(name = "Retry-After", description = "Seconds to wait before asking again",
					schema = @Schema(type = "integer")),
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
	OrderView cancel(Tenant tenant, @PathVariable UUID orderId, @RequestBody CancellationJson request,
			Principal staff) {
		return OrderView.of(this.reversals.cancel(tenant, new OrderId(orderId), staff.getName(), request.reason(),
				request.despiteDeclined()));
	}

	@PostMapping(path = "/{orderId}/refunds", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ApiResponse(responseCode = "200", description = "The order, refunded in part or in full",
			useReturnTypeSchema = true)
	@ApiResponse(responseCode = "422", description = DECLINED,
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
	@ApiResponse(responseCode = "503", description = UNAVAILABLE,
			headers = @Header(name = "Retry-After", description = "Seconds to wait before asking again",
					schema = @Schema(type = "integer")),
			content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(ref = PROBLEM)))
	OrderView refund(Tenant tenant, @PathVariable UUID orderId, @RequestBody RefundJson request, Principal staff) {
		Money amount = request.amount();
		return OrderView
			.of(this.reversals.refund(tenant, new OrderId(orderId), amount, staff.getName(), request.reason()));
	}

}
