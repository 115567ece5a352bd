package dev.rustok.runtime.checkout;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import dev.rustok.runtime.cart.CartCookie;
import dev.rustok.runtime.cart.CartId;
import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.ResourceConflict;
import dev.rustok.runtime.shared.ResourceNotFound;
import dev.rustok.runtime.shared.RuntimeProblem;
import dev.rustok.runtime.storefront.Storefront;
import dev.rustok.runtime.shared.Tenant;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;

/**
 * What the cart and checkout pages share: the page's policy (the storefront's: no script,
 * forms to this shop only), the shop's name, the cart of the cookie, and a problem shown
 * on the page with its status instead of problem+json.
 */
@Component
class ShopperPages {

	static final String PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data: https:; "
			+ "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

	private final Storefront storefront;

	ShopperPages(Storefront storefront) {
		this.storefront = storefront;
	}

	void prepare(Tenant tenant, Model model, HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", PAGE_POLICY);
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("shopName", this.storefront.shopName(tenant));
	}

	static Optional<CartId> cart(HttpServletRequest request) {
		return CartCookie.read(request);
	}

	/**
	 * Post/redirect/get: 303 See Other (every {@code redirect:} is, WebConfiguration), so
	 * the browser follows with a GET and a reload does not post again.
	 */
	static String seeOther(String path) {
		return "redirect:" + path;
	}

	/**
	 * Runs a shopper's change; a problem becomes the page's status and its list of
	 * problems, and empty is returned.
	 */
	static <T> Optional<T> attempt(Supplier<T> change, Model model, HttpServletResponse response) {
		try {
			return Optional.of(change.get());
		}
		catch (RuntimeProblem problem) {
			response.setStatus(switch (problem) {
				case InvalidInput invalid -> HttpStatus.BAD_REQUEST.value();
				case ResourceConflict conflict -> HttpStatus.CONFLICT.value();
				case ResourceNotFound notFound -> HttpStatus.NOT_FOUND.value();
				default -> HttpStatus.BAD_REQUEST.value();
			});
			model.addAttribute("problems", problem.errors().isEmpty()
					? List.of(new FieldProblem("", problem.getMessage())) : problem.errors());
			return Optional.empty();
		}
		catch (ErrorResponseException payment) {
			response.setStatus(payment.getStatusCode().value());
			model.addAttribute("problems", List.of(new FieldProblem("payment", payment.getBody().getDetail())));
			return Optional.empty();
		}
	}

}
