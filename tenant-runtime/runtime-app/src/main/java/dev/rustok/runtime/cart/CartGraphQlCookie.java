package dev.rustok.runtime.cart;

import java.util.Map;
import java.util.Optional;

import dev.rustok.runtime.tenancy.CurrentTenant;
import jakarta.servlet.http.HttpServletRequest;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The REST API's cart cookie at {@code /graphql} too (docs/adr/0080): the request's
 * {@code rustok_cart} goes into the GraphQL context as a {@link BrowserCart}, and a cart
 * made by {@code createCart} comes back as the same HttpOnly, SameSite=Lax cookie, so a
 * shopper can move between the pages, REST and GraphQL with one cart. The signed-in
 * customer is found here, on the request's own thread, for a {@code createCart} to make
 * the cart theirs (docs/adr/0096).
 */
@Component
class CartGraphQlCookie implements WebGraphQlInterceptor {

	private final ShopperCarts shoppers;

	CartGraphQlCookie(ShopperCarts shoppers) {
		this.shoppers = shoppers;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		// interceptors run on the servlet request's thread (as storefront's tenant one)
		HttpServletRequest http = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		Optional<String> customer = CurrentTenant.of(http).flatMap((tenant) -> this.shoppers.customerOf(tenant, http));
		BrowserCart cart = new BrowserCart(Optional.ofNullable(request.getCookies().getFirst(CartCookie.NAME))
			.map(HttpCookie::getValue)
			.flatMap(CartId::parse), customer);
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
