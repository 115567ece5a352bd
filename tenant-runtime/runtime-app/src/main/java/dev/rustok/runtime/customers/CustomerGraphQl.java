package dev.rustok.runtime.customers;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.rustok.runtime.customers.CustomerJson.AddressJson;
import dev.rustok.runtime.customers.CustomerJson.AddressView;
import dev.rustok.runtime.customers.CustomerJson.OrderPageView;
import dev.rustok.runtime.customers.CustomerJson.OrderView;
import dev.rustok.runtime.customers.CustomerJson.ProfileView;
import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.Tenant;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Controller;

/**
 * The signed-in customer's own account over GraphQL ({@code graphql/customer.graphqls},
 * docs/adr/0081): {@link CustomerController}'s facade calls and shapes, for customer
 * tokens only (the realm role {@code customer} and no staff role, as
 * {@code security.CustomerTokens}). Every field is about the token's subject, so no id
 * reaches another customer's data; another customer's address or order is "not found".
 */
@Controller
class CustomerGraphQl {

	private static final String TENANT = "tenant";

	private static final String CUSTOMERS = "hasRole('customer') and !hasAnyRole('owner', 'admin', 'editor', 'viewer')";

	private final CustomerAccounts accounts;

	CustomerGraphQl(CustomerAccounts accounts) {
		this.accounts = accounts;
	}

	@QueryMapping
	@PreAuthorize(CUSTOMERS)
	public ProfileView me(@ContextValue(name = TENANT) Tenant tenant, @AuthenticationPrincipal Jwt token) {
		return ProfileView.of(this.accounts.profile(tenant, CustomerController.identity(token)));
	}

	@SchemaMapping(typeName = "Customer")
	@PreAuthorize(CUSTOMERS)
	public List<AddressView> addresses(ProfileView me, @ContextValue(name = TENANT) Tenant tenant,
			@AuthenticationPrincipal Jwt token) {
		return this.accounts.addresses(tenant, CustomerController.identity(token))
			.stream()
			.map(AddressView::of)
			.toList();
	}

	@SchemaMapping(typeName = "Customer")
	@PreAuthorize(CUSTOMERS)
	public OrderPageView orders(ProfileView me, @ContextValue(name = TENANT) Tenant tenant,
			@AuthenticationPrincipal Jwt token, @Argument Integer first, @Argument String after) {
		int limit = (first != null) ? first : 20;
		if (limit < 1 || limit > CustomerAccounts.PAGE_MAX) {
			throw invalid("first", "must be between 1 and " + CustomerAccounts.PAGE_MAX);
		}
		return OrderPageView.of(this.accounts.orders(tenant, subject(token), after, limit));
	}

	@SchemaMapping(typeName = "Customer")
	@PreAuthorize(CUSTOMERS)
	public OrderView order(ProfileView me, @ContextValue(name = TENANT) Tenant tenant,
			@AuthenticationPrincipal Jwt token, @Argument String id) {
		return OrderView.of(this.accounts.order(tenant, subject(token), uuid("id", id, "is not an order id")));
	}

	@MutationMapping
	@PreAuthorize(CUSTOMERS)
	public ProfileView updateMe(@ContextValue(name = TENANT) Tenant tenant, @AuthenticationPrincipal Jwt token,
			@Argument String name, @Argument String defaultAddressId) {
		Optional<AddressId> defaultAddress = Optional.ofNullable(defaultAddressId)
			.map((id) -> new AddressId(uuid("defaultAddressId", id, "must be the id of one of your addresses")));
		return ProfileView
			.of(this.accounts.changeProfile(tenant, CustomerController.identity(token), name, defaultAddress));
	}

	@MutationMapping
	@PreAuthorize(CUSTOMERS)
	public AddressView addAddress(@ContextValue(name = TENANT) Tenant tenant, @AuthenticationPrincipal Jwt token,
			@Argument AddressJson input) {
		return AddressView.of(this.accounts.addAddress(tenant, CustomerController.identity(token), input(input)));
	}

	@MutationMapping
	@PreAuthorize(CUSTOMERS)
	public AddressView updateAddress(@ContextValue(name = TENANT) Tenant tenant, @AuthenticationPrincipal Jwt token,
			@Argument String id, @Argument AddressJson input) {
		return AddressView
			.of(this.accounts.changeAddress(tenant, CustomerController.identity(token), addressId(id), input(input)));
	}

	@MutationMapping
	@PreAuthorize(CUSTOMERS)
	public String deleteAddress(@ContextValue(name = TENANT) Tenant tenant, @AuthenticationPrincipal Jwt token,
			@Argument String id) {
		this.accounts.removeAddress(tenant, CustomerController.identity(token), addressId(id));
		return id;
	}

	private static CustomerSubject subject(Jwt token) {
		return CustomerController.identity(token).subject();
	}

	private static AddressInput input(AddressJson input) {
		return (input != null) ? input.input() : new AddressInput(null, null, null, null, null, null, null, null);
	}

	private static AddressId addressId(String id) {
		return new AddressId(uuid("id", id, "is not an address id"));
	}

	private static UUID uuid(String field, String value, String reason) {
		try {
			if (value != null) {
				return UUID.fromString(value);
			}
		}
		catch (IllegalArgumentException notAnId) {
			// answered below, like a missing id
		}
		throw invalid(field, reason);
	}

	private static InvalidInput invalid(String field, String reason) {
		return new InvalidInput(List.of(new FieldProblem(field, reason)));
	}

}
