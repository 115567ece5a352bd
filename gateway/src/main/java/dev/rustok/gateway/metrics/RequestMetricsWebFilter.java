package dev.rustok.gateway.metrics;

import java.util.Optional;

import dev.rustok.billing.Plan;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.gateway.routing.RoutedRequests;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Times every request the gateway answers, refusals included, as
 * {@code rustok.gateway.requests} with a latency histogram. Tags stay bounded (ADR 0045):
 * the shop's plan stands for the shop (never its id), the kind of traffic, and the status
 * family.
 */
class RequestMetricsWebFilter implements WebFilter, Ordered {

	static final String REQUESTS = "rustok.gateway.requests";

	private static final String ADMIN_API = "/api/admin/";

	private final MeterRegistry meters;

	RequestMetricsWebFilter(MeterRegistry meters) {
		this.meters = meters;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		Timer.Sample sample = Timer.start(this.meters);
		return chain.filter(exchange).doFinally((signal) -> record(exchange, sample, signal));
	}

	private void record(ServerWebExchange exchange, Timer.Sample sample, SignalType signal) {
		Optional<TenantRoute> shop = RoutedRequests.servedTenant(exchange);
		String plan = shop.map((route) -> Plan.find(route.plan()).orElse(Plan.TRIAL).code()).orElse("none");
		String traffic = shop.isPresent() ? shopTraffic(exchange)
				: RoutedRequests.toControlPlane(exchange) ? "control-plane" : "refused";
		sample.stop(Timer.builder(REQUESTS)
			.description("Requests answered by the gateway, by plan, kind of traffic and status family")
			.tag("plan", plan)
			.tag("traffic", traffic)
			.tag("status", status(exchange, signal))
			.publishPercentileHistogram()
			.register(this.meters));
	}

	private static String shopTraffic(ServerWebExchange exchange) {
		return exchange.getRequest().getPath().pathWithinApplication().value().startsWith(ADMIN_API) ? "admin"
				: "storefront";
	}

	private static String status(ServerWebExchange exchange, SignalType signal) {
		if (signal == SignalType.CANCEL) {
			return "cancelled";
		}
		HttpStatusCode status = exchange.getResponse().getStatusCode();
		return (status != null) ? (status.value() / 100) + "xx" : "unknown";
	}

	@Override
	public int getOrder() {
		// around everything but the security headers and the request id
		return Ordered.HIGHEST_PRECEDENCE + 20;
	}

}
