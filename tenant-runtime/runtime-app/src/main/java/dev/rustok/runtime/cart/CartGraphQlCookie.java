package dev.rustok.runtime.cart;

import java.util.Map;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The REST API's cart cookie at {@code /graphql} too (docs/adr/0080): the request's
 * {@code rustok_cart} goes into the GraphQL context as a {@link BrowserCart}, and a cart
 * made by {@code createCart} comes back as the same HttpOnly, SameSite=Lax cookie, so a
 * shopper can move between the pages, REST and GraphQL with one cart.
 */
@Component
class CartGraphQlCookie implements WebGraphQlInterceptor {

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		BrowserCart cart = new BrowserCart(Optional.ofNullable(request.getCookies().getFirst(CartCookie.NAME))
			.map(HttpCookie::getValue)
			.flatMap(CartId::parse));
		boolean secure = "https".equalsIgnoreCase(request.getUri().getScheme())
				|| "https".equalsIgnoreCase(request.getHeaders().getFirst("X-Forwarded-Proto"));
		request
			.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(BrowserCart.KEY, cart)).build());
		return chain.next(request)
			.doOnNext((response) -> cart.created()
				.ifPresent((id) -> response.getResponseHeaders()
					.add(HttpHeaders.SET_COOKIE, CartCookie.header(id, secure))));
	}

}
