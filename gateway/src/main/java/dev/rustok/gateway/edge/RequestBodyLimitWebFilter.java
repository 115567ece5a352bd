package dev.rustok.gateway.edge;

import java.util.concurrent.atomic.AtomicLong;

import dev.rustok.gateway.problems.GatewayProblem;
import dev.rustok.gateway.problems.ProblemResponses;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Bounds every request body: the gateway holds a body in memory to replay it on another
 * node (ADR 0013), so a body without a bound would let one client fill the heap. A
 * declared length over the limit is refused before anything is read; a chunked body is
 * cut off when it passes the limit. Both answer 413.
 */
@Component
class RequestBodyLimitWebFilter implements WebFilter, Ordered {

	private final long limit;

	private final ProblemResponses problems;

	RequestBodyLimitWebFilter(EdgeProperties properties, ProblemResponses problems) {
		this.limit = properties.maxRequestBody().toBytes();
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		if (request.getHeaders().getContentLength() > this.limit) {
			return this.problems.write(exchange,
					GatewayProblem.forStatus(hostOf(request), HttpStatus.CONTENT_TOO_LARGE, tooLarge()));
		}
		return chain.filter(exchange.mutate().request(new LimitedBody(request)).build());
	}

	private String tooLarge() {
		return "The request body is larger than " + this.limit + " bytes";
	}

	private static String hostOf(ServerHttpRequest request) {
		String host = request.getURI().getHost();
		return (host != null) ? host : "";
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 60;
	}

	private final class LimitedBody extends ServerHttpRequestDecorator {

		LimitedBody(ServerHttpRequest delegate) {
			super(delegate);
		}

		@Override
		public Flux<DataBuffer> getBody() {
			AtomicLong read = new AtomicLong();
			return super.getBody().map((buffer) -> {
				if (read.addAndGet(buffer.readableByteCount()) > RequestBodyLimitWebFilter.this.limit) {
					DataBufferUtils.release(buffer);
					throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, tooLarge());
				}
				return buffer;
			});
		}

	}

}
