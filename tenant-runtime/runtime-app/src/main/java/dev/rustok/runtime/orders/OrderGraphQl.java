package dev.rustok.runtime.orders;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.rustok.runtime.orders.OrderJson.CancellationJson;
import dev.rustok.runtime.orders.OrderJson.FulfilmentJson;
import dev.rustok.runtime.orders.OrderJson.LineView;
import dev.rustok.runtime.orders.OrderJson.OrderView;
import dev.rustok.runtime.orders.OrderJson.PageView;
import dev.rustok.runtime.orders.OrderJson.RefundJson;
import dev.rustok.runtime.orders.OrderJson.ShippedLineJson;
import dev.rustok.runtime.orders.OrderJson.SummaryView;
import dev.rustok.runtime.orders.OrderJson.TimelineView;
import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.Tenant;
import graphql.GraphQLContext;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The orders admin over GraphQL ({@code graphql/orders-admin.graphqls}, docs/adr/0081):
 * {@link OrderController}'s facade calls, wire shapes and roles: every staff role reads,
 * owner and admin change orders. A transition the state does not allow is an error with
 * {@code extensions.status} 409 and {@code currentState}. A page's lines and timelines
 * come from one DataLoader of whole orders, so a page costs the same statements whatever
 * its length.
 */
@Controller
class OrderGraphQl {

	private static final String TENANT = "tenant";

	private static final String STAFF = "hasAnyRole('owner', 'admin', 'editor', 'viewer')";

	// orders move money: editors read them but do not change them (docs/adr/0060)
	private static final String ORDER_WRITERS = "hasAnyRole('owner', 'admin')";

	private final OrderBook orders;

	private final PaymentReversals reversals;

	OrderGraphQl(OrderBook orders, PaymentReversals reversals, BatchLoaderRegistry loaders) {
		this.orders = orders;
		this.reversals = reversals;
		loaders.forTypePair(UUID.class, Order.class).registerMappedBatchLoader((ids, environment) -> {
			GraphQLContext context = environment.getContext();
			return Mono.fromCallable(() -> loaded(context.get(TENANT), ids));
		});
	}

	private Map<UUID, Order> loaded(Tenant tenant, Set<UUID> ids) {
		return this.orders.orders(tenant, ids.stream().map(OrderId::new).toList())
			.entrySet()
			.stream()
			.collect(Collectors.toMap((entry) -> entry.getKey().value(), Map.Entry::getValue));
	}

	@QueryMapping
	@PreAuthorize(STAFF)
	public PageView adminOrders(@ContextValue(name = TENANT) Tenant tenant, @Argument String state,
			@Argument Integer first, @Argument String after) {
		int limit = (first != null) ? first : 20;
		if (limit < 1 || limit > OrderBook.PAGE_MAX) {
			throw new InvalidInput(List.of(new FieldProblem("first", "must be between 1 and " + OrderBook.PAGE_MAX)));
		}
		return PageView.of(this.orders.list(tenant, OrderJson.state(state), after, limit));
	}

	@QueryMapping
	@PreAuthorize(STAFF)
	public OrderView adminOrder(@ContextValue(name = TENANT) Tenant tenant, @Argument String id) {
		return OrderView.of(this.orders.order(tenant, id(id)));
	}

	@SchemaMapping(typeName = "AdminOrderSummary")
	public CompletableFuture<List<LineView>> lines(SummaryView order, DataLoader<UUID, Order> loader) {
		return of(order, loader, (loaded) -> loaded.facts().lines().stream().map(LineView::of).toList());
	}

	@SchemaMapping(typeName = "AdminOrderSummary")
	public CompletableFuture<List<TimelineView>> timeline(SummaryView order, DataLoader<UUID, Order> loader) {
		return of(order, loader, (loaded) -> loaded.facts().timeline().stream().map(TimelineView::of).toList());
	}

	@SchemaMapping(typeName = "AdminOrderSummary")
	public CompletableFuture<List<String>> allowedActions(SummaryView order, DataLoader<UUID, Order> loader) {
		return of(order, loader, (loaded) -> OrderView.of(loaded).allowedActions());
	}

	// every field of a page's orders waits for the one batch of whole orders
	private static <T> CompletableFuture<List<T>> of(SummaryView order, DataLoader<UUID, Order> loader,
			Function<Order, List<T>> part) {
		return loader.load(UUID.fromString(order.id()))
			.thenApply((loaded) -> (loaded != null) ? part.apply(loaded) : List.of());
	}

	@MutationMapping
	@PreAuthorize(ORDER_WRITERS)
	public OrderView markOrderPaid(@ContextValue(name = TENANT) Tenant tenant, @Argument String id,
			@Argument String reason, Principal staff) {
		return OrderView.of(this.orders.pay(tenant, id(id), staff.getName(), reason));
	}

	@MutationMapping
	@PreAuthorize(ORDER_WRITERS)
	public OrderView fulfilOrder(@ContextValue(name = TENANT) Tenant tenant, @Argument String id,
			@Argument List<ShippedLineJson> lines, @Argument String reason, Principal staff) {
		Map<Integer, Integer> units = new FulfilmentJson(lines, reason).units();
		return OrderView.of(this.orders.fulfil(tenant, id(id), units, staff.getName(), reason));
	}

	@MutationMapping
	@PreAuthorize(ORDER_WRITERS)
	public OrderView deliverOrder(@ContextValue(name = TENANT) Tenant tenant, @Argument String id,
			@Argument String reason, Principal staff) {
		return OrderView.of(this.orders.deliver(tenant, id(id), staff.getName(), reason));
	}

	@MutationMapping
	@PreAuthorize(ORDER_WRITERS)
	public OrderView cancelOrder(@ContextValue(name = TENANT) Tenant tenant, @Argument String id,
			@Argument String reason, @Argument Boolean despiteDeclinedVoid, Principal staff) {
		return OrderView.of(this.reversals.cancel(tenant, id(id), staff.getName(), reason,
				new CancellationJson(reason, despiteDeclinedVoid).despiteDeclined()));
	}

	@MutationMapping
	@PreAuthorize(ORDER_WRITERS)
	public OrderView refundOrder(@ContextValue(name = TENANT) Tenant tenant, @Argument String id,
			@Argument Long amountMinor, @Argument String currency, @Argument String reason, Principal staff) {
		RefundJson refund = new RefundJson(amountMinor, currency, reason);
		return OrderView.of(this.reversals.refund(tenant, id(id), refund.amount(), staff.getName(), reason));
	}

	private static OrderId id(String id) {
		try {
			return new OrderId(UUID.fromString(id));
		}
		catch (IllegalArgumentException notAnId) {
			throw new InvalidInput(List.of(new FieldProblem("id", "is not an order id")));
		}
	}

}
