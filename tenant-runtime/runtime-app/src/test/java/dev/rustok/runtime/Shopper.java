package dev.rustok.runtime;

import java.net.HttpCookie;
import java.net.http.HttpRequest;

import dev.rustok.runtime.RuntimeClient.Answer;

/**
 * A shopper's browser as far as the storefront API cares: it keeps the cart cookie the
 * runtime sets and sends it back, as a browser would.
 */
final class Shopper {

	private final RuntimeClient runtime;

	private final String tenantId;

	private String cartCookie;

	Shopper(RuntimeClient runtime, String tenantId) {
		this.runtime = runtime;
		this.tenantId = tenantId;
	}

	/** The same browser in front of another shop, cookie and all. */
	Shopper at(String otherTenantId) {
		Shopper other = new Shopper(this.runtime, otherTenantId);
		other.cartCookie = this.cartCookie;
		return other;
	}

	String cartCookie() {
		return this.cartCookie;
	}

	Answer get(String path) {
		return send(this.runtime.request(this.tenantId, path).GET());
	}

	Answer post(String path, String json) {
		return send(json(path).POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	Answer put(String path, String json) {
		return send(json(path).PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	Answer delete(String path) {
		return send(this.runtime.request(this.tenantId, path).DELETE());
	}

	Answer complete(String idempotencyKey) {
		return complete(idempotencyKey, null);
	}

	/** Completes at the prices of a review's {@code quote} (docs/adr/0085). */
	Answer complete(String idempotencyKey, String quote) {
		HttpRequest.Builder request = this.runtime.request(this.tenantId, "/api/store/checkout/completion")
			.POST(HttpRequest.BodyPublishers.noBody());
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		if (quote != null) {
			request.header("Checkout-Quote", quote);
		}
		return send(request);
	}

	private HttpRequest.Builder json(String path) {
		return this.runtime.request(this.tenantId, path).header("Content-Type", "application/json");
	}

	private Answer send(HttpRequest.Builder request) {
		if (this.cartCookie != null) {
			request.header("Cookie", "rustok_cart=" + this.cartCookie);
		}
		Answer answer = this.runtime.send(request);
		answer.response().headers().allValues("Set-Cookie").forEach((header) -> {
			for (HttpCookie cookie : HttpCookie.parse(header)) {
				if (cookie.getName().equals("rustok_cart")) {
					this.cartCookie = cookie.getValue();
				}
			}
		});
		return answer;
	}

}
