package dev.rustok.runtime.customers;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.rustok.runtime.orders.Order;
import dev.rustok.runtime.orders.OrderBook;
import dev.rustok.runtime.orders.OrderId;
import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.ResourceConflict;
import dev.rustok.runtime.shared.ResourceNotFound;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.Text;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade of customer accounts: a signed-in customer's profile, addresses and orders, and
 * nobody else's. Every call names the tenant and the customer the realm vouched for; the
 * profile is made on first use from the account's e-mail and name. Another customer's
 * address or order is "not found", never "forbidden", so ids of others reveal nothing.
 */
@Service
@Transactional
public class CustomerAccounts {

	/** Enough for home, work and a few friends; bounds what one account stores. */
	static final int ADDRESSES_MAX = 20;

	static final int PAGE_MAX = 50;

	static final int NAME_MAX = 200;

	private final Customers customers;

	private final CustomerOrders orders;

	private final OrderBook orderBook;

	private final Clock clock;

	@Autowired
	CustomerAccounts(Customers customers, CustomerOrders orders, OrderBook orderBook, ObjectProvider<Clock> clock) {
		this.customers = customers;
		this.orders = orders;
		this.orderBook = orderBook;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** The customer's profile, made from the account when it is their first visit. */
	public Customer profile(Tenant tenant, CustomerIdentity who) {
		return this.customers.upsert(tenant, who, now());
	}

	/**
	 * Changes the name shown on the account and the default address.
	 * @param defaultAddress one of the customer's addresses, or empty for none
	 * @throws InvalidInput naming {@code name} or {@code defaultAddressId}
	 */
	public Customer changeProfile(Tenant tenant, CustomerIdentity who, String name,
			Optional<AddressId> defaultAddress) {
		profile(tenant, who);
		String validName = (name != null) ? name.strip() : "";
		Optional<String> problem = Text.problem(validName, NAME_MAX, Text.Lines.SINGLE);
		if (problem.isPresent()) {
			throw new InvalidInput(List.of(new FieldProblem("name", problem.get())));
		}
		if (defaultAddress.isPresent()
				&& addresses(tenant, who).stream().noneMatch((address) -> address.id().equals(defaultAddress.get()))) {
			throw new InvalidInput(List.of(new FieldProblem("defaultAddressId", "is not one of your addresses")));
		}
		this.customers.rename(tenant, who.subject(), validName, now());
		this.customers.chooseDefaultAddress(tenant, who.subject(), defaultAddress, now());
		return profile(tenant, who);
	}

	@Transactional(readOnly = true)
	public List<Address> addresses(Tenant tenant, CustomerIdentity who) {
		return this.customers.addresses(tenant, who.subject());
	}

	/**
	 * Keeps a new address; the first one becomes the default.
	 * @throws InvalidInput naming the fields that are missing or wrong
	 * @throws ResourceConflict when the customer already keeps {@value #ADDRESSES_MAX}
	 */
	public Address addAddress(Tenant tenant, CustomerIdentity who, AddressInput input) {
		Address address = input.validated(AddressId.random());
		Customer customer = profile(tenant, who);
		if (this.customers.addressCount(tenant, who.subject()) >= ADDRESSES_MAX) {
			throw new ResourceConflict(new FieldProblem("addresses",
					"an account keeps at most " + ADDRESSES_MAX + " addresses: remove one first"));
		}
		this.customers.insertAddress(tenant, who.subject(), address, now());
		if (customer.defaultAddress().isEmpty()) {
			this.customers.chooseDefaultAddress(tenant, who.subject(), Optional.of(address.id()), now());
		}
		return address;
	}

	/**
	 * @throws ResourceNotFound when the customer has no such address
	 */
	public Address changeAddress(Tenant tenant, CustomerIdentity who, AddressId id, AddressInput input) {
		Address address = input.validated(id);
		if (!this.customers.updateAddress(tenant, who.subject(), address)) {
			throw noAddress(id);
		}
		return address;
	}

	/**
	 * @throws ResourceNotFound when the customer has no such address
	 */
	public void removeAddress(Tenant tenant, CustomerIdentity who, AddressId id) {
		if (!this.customers.deleteAddress(tenant, who.subject(), id, now())) {
			throw noAddress(id);
		}
	}

	/**
	 * The customer's orders, newest first.
	 * @param after the {@code next} of the previous page, or {@code null}
	 * @param limit 1 to {@value #PAGE_MAX}
	 */
	@Transactional(readOnly = true)
	public CustomerOrderPage orders(Tenant tenant, CustomerSubject customer, String after, int limit) {
		if (limit < 1 || limit > PAGE_MAX) {
			throw new InvalidInput(List.of(new FieldProblem("limit", "must be between 1 and " + PAGE_MAX)));
		}
		Long before = (after != null) ? OrderHistoryCursor.decode(after).number() : null;
		List<CustomerOrder> rows = this.orders.list(tenant, customer, before, limit + 1);
		List<CustomerOrder> page = rows.subList(0, Math.min(limit, rows.size()));
		String next = (rows.size() > limit) ? new OrderHistoryCursor(page.getLast().number()).encoded() : null;
		return new CustomerOrderPage(List.copyOf(page), next);
	}

	/**
	 * One of the customer's orders with its lines and timeline.
	 * @throws ResourceNotFound when the order is not theirs (or does not exist)
	 */
	@Transactional(readOnly = true)
	public Order order(Tenant tenant, CustomerSubject customer, UUID orderId) {
		if (!this.orders.belongsTo(tenant, customer, orderId)) {
			throw new ResourceNotFound("You have no order " + orderId + " in this shop");
		}
		return this.orderBook.order(tenant, new OrderId(orderId));
	}

	private static ResourceNotFound noAddress(AddressId id) {
		return new ResourceNotFound("You have no address " + id + " in this shop");
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
