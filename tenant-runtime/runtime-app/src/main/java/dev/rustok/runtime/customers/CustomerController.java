package dev.rustok.runtime.customers;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.rustok.runtime.customers.CustomerJson.AddressJson;
import dev.rustok.runtime.customers.CustomerJson.AddressListView;
import dev.rustok.runtime.customers.CustomerJson.AddressView;
import dev.rustok.runtime.customers.CustomerJson.OrderPageView;
import dev.rustok.runtime.customers.CustomerJson.OrderView;
import dev.rustok.runtime.customers.CustomerJson.ProfileJson;
import dev.rustok.runtime.customers.CustomerJson.ProfileView;
import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.Tenant;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in customer's own account (docs/adr/0076): only a customer token of the
 * shop's realm gets here (SecurityConfiguration), and every call is about the token's
 * subject, so no id in a path can reach another customer's data.
 */
@RestController
@RequestMapping(path = "/api/store/customer", produces = MediaType.APPLICATION_JSON_VALUE)
class CustomerController {

	private final CustomerAccounts accounts;

	CustomerController(CustomerAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	ProfileView profile(Tenant tenant, @AuthenticationPrincipal Jwt token) {
		return ProfileView.of(this.accounts.profile(tenant, identity(token)));
	}

	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ProfileView changeProfile(Tenant tenant, @AuthenticationPrincipal Jwt token, @RequestBody ProfileJson request) {
		Optional<AddressId> defaultAddress = Optional.ofNullable(request.defaultAddressId())
			.map((id) -> new AddressId(uuid("defaultAddressId", id)));
		return ProfileView.of(this.accounts.changeProfile(tenant, identity(token), request.name(), defaultAddress));
	}

	@GetMapping("/addresses")
	AddressListView addresses(Tenant tenant, @AuthenticationPrincipal Jwt token) {
		return new AddressListView(
				this.accounts.addresses(tenant, identity(token)).stream().map(AddressView::of).toList());
	}

	@PostMapping(path = "/addresses", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<AddressView> addAddress(Tenant tenant, @AuthenticationPrincipal Jwt token,
			@RequestBody AddressJson request) {
		Address address = this.accounts.addAddress(tenant, identity(token), request.input());
		return ResponseEntity.created(URI.create("/api/store/customer/addresses/" + address.id()))
			.body(AddressView.of(address));
	}

	@PutMapping(path = "/addresses/{addressId}", consumes = MediaType.APPLICATION_JSON_VALUE)
	AddressView replaceAddress(Tenant tenant, @AuthenticationPrincipal Jwt token, @PathVariable UUID addressId,
			@RequestBody AddressJson request) {
		return AddressView
			.of(this.accounts.changeAddress(tenant, identity(token), new AddressId(addressId), request.input()));
	}

	@DeleteMapping("/addresses/{addressId}")
	ResponseEntity<Void> deleteAddress(Tenant tenant, @AuthenticationPrincipal Jwt token,
			@PathVariable UUID addressId) {
		this.accounts.removeAddress(tenant, identity(token), new AddressId(addressId));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/orders")
	OrderPageView orders(Tenant tenant, @AuthenticationPrincipal Jwt token,
			@RequestParam(required = false) String after, @RequestParam(defaultValue = "20") int limit) {
		return OrderPageView.of(this.accounts.orders(tenant, identity(token).subject(), after, limit));
	}

	@GetMapping("/orders/{orderId}")
	OrderView order(Tenant tenant, @AuthenticationPrincipal Jwt token, @PathVariable UUID orderId) {
		return OrderView.of(this.accounts.order(tenant, identity(token).subject(), orderId));
	}

	static CustomerIdentity identity(Jwt token) {
		return new CustomerIdentity(new CustomerSubject(token.getSubject()), token.getClaimAsString("email"),
				token.getClaimAsString("name"));
	}

	private static UUID uuid(String field, String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput(List.of(new FieldProblem(field, "must be the id of one of your addresses")));
		}
	}

}
