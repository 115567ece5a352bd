package dev.rustok.gateway.problems;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.rustok.controlplane.api.RequestIds;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;

/**
 * Writes a {@link GatewayProblem} as problem+json, or as a page when the client prefers
 * HTML.
 */
@Component
public class ProblemResponses {

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private final ServerResponse.Context context;

	ProblemResponses(ServerCodecConfigurer codecs) {
		this.context = new ServerResponse.Context() {

			@Override
			public List<HttpMessageWriter<?>> messageWriters() {
				return codecs.getWriters();
			}

			@Override
			public List<ViewResolver> viewResolvers() {
				return List.of();
			}

		};
	}

	public Mono<Void> write(ServerWebExchange exchange, GatewayProblem problem) {
		ServerResponse.BodyBuilder response = ServerResponse.status(problem.status())
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		String requestId = exchange.getAttribute(RequestIds.KEY);
		Mono<ServerResponse> rendered = HtmlPreference.prefersHtml(exchange.getRequest().getHeaders())
				? response.contentType(HTML)
					.header("Content-Security-Policy", ProblemPage.CONTENT_SECURITY_POLICY)
					.bodyValue(ProblemPage.of(problem))
				: response.contentType(MediaType.APPLICATION_PROBLEM_JSON)
					.bodyValue(problem.toProblemDetail(requestId));
		return rendered.flatMap((serverResponse) -> serverResponse.writeTo(exchange, this.context));
	}

}
