package dev.rustok.runtime.checkout;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.rustok.runtime.cart.CartId;
import dev.rustok.runtime.cart.Carts;
import dev.rustok.runtime.cart.PricedCart;
import dev.rustok.runtime.inventory.Inventory;
import dev.rustok.runtime.inventory.OutOfStock;
import dev.rustok.runtime.inventory.Reservation;
import dev.rustok.runtime.inventory.ReservationId;
import dev.rustok.runtime.orders.NewOrder;
import dev.rustok.runtime.orders.OrderBook;
import dev.rustok.runtime.orders.OrderId;
import dev.rustok.runtime.orders.PendingOrder;
import dev.rustok.runtime.orders.UnnumberedOrder;
import dev.rustok.runtime.pricing.Discount;
import dev.rustok.runtime.pricing.PricedLine;
import dev.rustok.runtime.pricing.PricingRules;
import dev.rustok.runtime.pricing.ShippingMethod;
import dev.rustok.runtime.pricing.Totals;
import dev.rustok.runtime.pricing.TotalsCalculation;
import dev.rustok.runtime.rules.ShippingOption;
import dev.rustok.runtime.rules.ShopRules;
import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.Money;
import dev.rustok.runtime.shared.ResourceConflict;
import dev.rustok.runtime.shared.ResourceNotFound;
import dev.rustok.runtime.shared.Tenant;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade of checkout (docs/adr/0072), one per cart: {@link #start} checks contact and
 * address and reserves the stock, {@link #chooseShipping} and {@link #applyDiscount} set
 * the choices, {@link #complete} places the order at most once per checkout. Every call
 * names its tenant and is one transaction that locks the cart's checkout, so a double
 * submit waits for the first and then answers what it did. Totals always come from
 * {@link TotalsCalculation}, on the catalogue's prices of now.
 */
@Service
@Transactional
public class Checkout {

	/** Who places anonymous orders, on the order's timeline. */
	static final String PLACED_BY = "checkout";

	private final Carts carts;

	private final ShopRules rules;

	private final Inventory inventory;

	private final OrderBook orders;

	private final CheckoutStore store;

	private final CheckoutProperties properties;

	private final Clock clock;

	@Autowired
	Checkout(Carts carts, ShopRules rules, Inventory inventory, OrderBook orders, CheckoutStore store,
			CheckoutProperties properties, ObjectProvider<Clock> clock) {
		this.carts = carts;
		this.rules = rules;
		this.inventory = inventory;
		this.orders = orders;
		this.store = store;
		this.properties = properties;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Starts (or restarts) the cart's checkout: the contact and address are checked and
	 * every line's stock is reserved for {@code holdFor}; a restart gives the previous
	 * holds back first.
	 * @throws InvalidInput naming {@code email}, {@code address.*} or {@code lines[i]}
	 * (empty cart, a line no longer on sale); nothing is held then
	 * @throws ResourceConflict naming {@code lines[i].quantity} when a line's stock is
	 * gone (two shoppers racing for the last unit: one wins)
	 */
	public CheckoutSummary start(Tenant tenant, CartId cartId, Contact contact, Address address) {
		// the checkout before the cart, in the same order as complete: no deadlock
		Optional<StoredCheckout> previous = this.store.forUpdate(tenant, cartId);
		PricedCart cart = buyable(this.carts.pricedForUpdate(tenant, cartId), false);
		previous.ifPresent((old) -> release(tenant, old.reservations()));
		UUID id = previous.map(StoredCheckout::id).orElseGet(UUID::randomUUID);
		Instant now = now();
		List<Reservation> held = reserve(tenant, cart, this.properties.holdFor(), "checkout:" + id);
		StoredCheckout checkout = new StoredCheckout(id, cartId, StoredCheckout.OPEN, cart.cart().revision(), contact,
				address, previous.map(StoredCheckout::shippingMethod).orElse(null),
				previous.map(StoredCheckout::discountCode).orElse(null), heldIds(held), null, null, null, null,
				now.plus(this.properties.holdFor()));
		this.store.save(tenant, checkout, now);
		return summary(tenant, this.store.find(tenant, cartId).orElseThrow(), cart);
	}

	/**
	 * @throws ResourceNotFound when the cart has no checkout
	 */
	@Transactional(readOnly = true)
	public CheckoutSummary summary(Tenant tenant, CartId cartId) {
		StoredCheckout checkout = this.store.find(tenant, cartId).orElseThrow(Checkout::noCheckout);
		PricedCart cart = checkout.completed() ? null : this.carts.priced(tenant, cartId);
		return summary(tenant, checkout, cart);
	}

	/**
	 * @throws InvalidInput naming {@code shippingMethod} (the shop has no such method, or
	 * it cannot carry the parcel) or {@code currency} (its rates are in another currency
	 * than the cart)
	 */
	public CheckoutSummary chooseShipping(Tenant tenant, CartId cartId, String code) {
		StoredCheckout checkout = open(tenant, cartId);
		PricedCart cart = this.carts.priced(tenant, cartId);
		ShippingOption option = this.rules.shippingOption(tenant, code);
		totals(tenant, checkout, cart, option.method(), discount(tenant, checkout.discountCode()));
		this.store.choose(tenant, checkout.id(), option.code(), checkout.discountCode(), now());
		return summary(tenant, this.store.find(tenant, cartId).orElseThrow(), cart);
	}

	/**
	 * Applies a discount code, or removes it when {@code code} is blank.
	 * @throws InvalidInput naming {@code discountCode} (unknown, not started, expired,
	 * used up, or the subtotal is below its minimum) or {@code currency}
	 */
	public CheckoutSummary applyDiscount(Tenant tenant, CartId cartId, String code) {
		StoredCheckout checkout = open(tenant, cartId);
		PricedCart cart = this.carts.priced(tenant, cartId);
		Optional<Discount> discount = (code == null || code.isBlank()) ? Optional.empty()
				: Optional.of(this.rules.usableCode(tenant, code, now()).discount());
		ShippingMethod shipping = (checkout.shippingMethod() != null)
				? this.rules.shippingOption(tenant, checkout.shippingMethod()).method()
				: new ShippingMethod.FlatRate("none", new Money(0, cart.cart().currency()));
		totals(tenant, checkout, cart, shipping, discount);
		this.store.choose(tenant, checkout.id(), checkout.shippingMethod(), discount.map(Discount::code).orElse(null),
				now());
		return summary(tenant, this.store.find(tenant, cartId).orElseThrow(), cart);
	}

	// a cart that a customer took over at sign-in places the order in their name, which
	// puts it in their order history (customers.CustomerSubject#placedBy, docs/adr/0076)
	private static String placedBy(PricedCart cart) {
		String customer = cart.cart().customerId();
		return (customer != null) ? "customer:" + customer : PLACED_BY;
	}

	/**
	 * Places the order, once: the cart is priced again, the discount's use is counted,
	 * the checkout's holds become the order's (held for {@code orderHoldFor}) and the
	 * cart is closed. The same key again answers the same order ({@code replayed});
	 * another key for a completed checkout is a conflict.
	 * @throws InvalidInput naming {@code Idempotency-Key}, {@code shippingMethod} (none
	 * chosen, or gone) or {@code discountCode} (expired meanwhile)
	 * @throws ResourceConflict naming {@code Idempotency-Key} (used by another checkout,
	 * or this checkout completed under another key), {@code cart} (changed since the
	 * checkout started, or it expired), {@code lines[i]} (stock gone, or no longer on
	 * sale) or {@code discountCode} (used up meanwhile); nothing changes then
	 */
	public Completion complete(Tenant tenant, CartId cartId, String idempotencyKey) {
		return complete(tenant, cartId, idempotencyKey, null);
	}

	/**
	 * Places the order as {@link #complete(Tenant, CartId, String)} does, only at the
	 * prices the shopper reviewed (docs/adr/0085).
	 * @param quote the {@code quote} of the review the shopper saw
	 * ({@link CheckoutSummary#quote()}), or {@code null} to place the order at today's
	 * prices
	 * @throws PricesChanged (409) when a line's price or the total is no longer the one
	 * in {@code quote}: no order is placed and nothing changes
	 * @throws InvalidInput naming {@code quote} when it is not a quote this runtime made
	 */
	public Completion complete(Tenant tenant, CartId cartId, String idempotencyKey, String quote) {
		String key = checkedKey(idempotencyKey);
		Optional<ReviewQuote> reviewed = Optional.ofNullable(quote)
			.filter((q) -> !q.isBlank())
			.map(ReviewQuote::decode);
		StoredCheckout checkout = this.store.forUpdate(tenant, cartId).orElseThrow(Checkout::noCheckout);
		if (checkout.completed()) {
			if (!key.equals(checkout.idempotencyKey())) {
				throw conflict("Idempotency-Key",
						"this checkout already placed order " + checkout.orderNumber() + " under another key");
			}
			return completion(tenant, checkout, true);
		}
		if (this.store.keyUsed(tenant, key)) {
			throw conflict("Idempotency-Key", "was already used by another checkout: send a new key for this one");
		}
		Instant now = now();
		if (!checkout.expiresAt().isAfter(now)) {
			throw conflict("cart", "the checkout expired and its stock was given back: start the checkout again");
		}
		PricedCart cart = buyable(this.carts.pricedForUpdate(tenant, cartId), true);
		if (cart.cart().revision() != checkout.cartRevision()) {
			throw conflict("cart", "the cart changed since the checkout started: start the checkout again");
		}
		if (checkout.shippingMethod() == null) {
			throw invalid("shippingMethod", "choose a shipping method first");
		}
		ShippingOption shipping = this.rules.shippingOption(tenant, checkout.shippingMethod());
		Optional<Discount> discount = discount(tenant, checkout.discountCode());
		Totals totals = totals(tenant, checkout, cart, shipping.method(), discount);
		reviewed.ifPresent((shown) -> shown.check(cart.lines(), totals));
		discount.ifPresent((code) -> this.rules.redeem(tenant, code.code()));
		List<Reservation> held = holdForTheOrder(tenant, checkout, cart);
		UnnumberedOrder unnumbered = this.orders.prepare(tenant,
				new NewOrder(cart.lines(), totals, held, placedBy(cart)));
		this.store.hold(tenant, checkout.id(), heldIds(held));
		// the shop's order-number counter is locked from here to the commit and every
		// completion of the shop waits for it: only writes that carry the number follow
		// (docs/adr/0103)
		PendingOrder order = this.orders.number(tenant, unnumbered);
		this.store.complete(tenant, checkout.id(), key, order.facts().id().value(), order.facts().number(), now);
		this.carts.checkedOut(tenant, cart, order.facts().id().value(), order.facts().number());
		return new Completion(checkout.id(), order.facts().id().value(), order.facts().number(), totals.total(), null,
				false);
	}

	Completion completion(Tenant tenant, StoredCheckout checkout, boolean replayed) {
		Money total = this.orders.order(tenant, new OrderId(checkout.orderId())).facts().totals().total();
		return new Completion(checkout.id(), checkout.orderId(), checkout.orderNumber(), total, checkout.paymentState(),
				replayed);
	}

	private CheckoutSummary summary(Tenant tenant, StoredCheckout checkout, PricedCart cart) {
		if (cart == null) {
			return new CheckoutSummary(checkout.id(), checkout.state(), null, checkout.contact(), checkout.address(),
					Optional.empty(), Optional.ofNullable(checkout.discountCode()), Optional.empty(), List.of(),
					Optional.ofNullable(checkout.orderNumber()));
		}
		String currency = cart.cart().currency();
		List<ShippingOption> options = this.rules.shippingOptions(tenant)
			.stream()
			.filter((option) -> option.currency().equals(currency))
			.toList();
		Optional<ShippingOption> shipping = Optional.ofNullable(checkout.shippingMethod())
			.flatMap((code) -> options.stream().filter((option) -> option.code().equals(code)).findFirst());
		Optional<Totals> totals = Optional.empty();
		if (shipping.isPresent() && !cart.lines().isEmpty()) {
			try {
				totals = Optional.of(totals(tenant, checkout, cart, shipping.get().method(),
						discount(tenant, checkout.discountCode())));
			}
			catch (InvalidInput stale) {
				// a rule changed since it was chosen: the review shows no totals, and
				// completing names the reason
			}
		}
		return new CheckoutSummary(checkout.id(), checkout.state(), cart, checkout.contact(), checkout.address(),
				shipping, Optional.ofNullable(checkout.discountCode()), totals, options,
				Optional.ofNullable(checkout.orderNumber()));
	}

	private Totals totals(Tenant tenant, StoredCheckout checkout, PricedCart cart, ShippingMethod shipping,
			Optional<Discount> discount) {
		if (cart.lines().isEmpty()) {
			throw invalid("lines", "the cart is empty");
		}
		PricingRules rules = new PricingRules(shipping,
				this.rules.taxFor(tenant, checkout.address().country(), checkout.address().region()), discount);
		return TotalsCalculation.totals(cart.lines(), rules);
	}

	private Optional<Discount> discount(Tenant tenant, String code) {
		return Optional.ofNullable(code).map((c) -> this.rules.usableCode(tenant, c, now()).discount());
	}

	private List<Reservation> reserve(Tenant tenant, PricedCart cart, Duration ttl, String reference) {
		List<Reservation> held = new ArrayList<>();
		for (int i = 0; i < cart.lines().size(); i++) {
			held.add(reserve(tenant, i, cart.lines().get(i), ttl, reference));
		}
		return held;
	}

	private Reservation reserve(Tenant tenant, int index, PricedLine line, Duration ttl, String reference) {
		try {
			return this.inventory.reserve(tenant, line.variantId(), line.quantity(), ttl, reference);
		}
		catch (OutOfStock gone) {
			// the whole transaction rolls back: no line stays held
			throw conflict("lines[" + index + "].quantity",
					"the stock of " + line.title() + " is gone: " + gone.errors().getFirst().reason());
		}
	}

	// The checkout's holds, kept for as long as an order waits for its payment: each line
	// keeps the hold it got when the checkout started (same variant and quantity, the
	// cart's revision is unchanged) with a later expiry; a line whose hold ran out is
	// reserved anew, and a hold no line takes any more is given back (docs/adr/0100)
	private List<Reservation> holdForTheOrder(Tenant tenant, StoredCheckout checkout, PricedCart cart) {
		Duration ttl = this.properties.orderHoldFor();
		List<Reservation.Held> kept = new ArrayList<>();
		for (UUID id : checkout.reservations()) {
			this.inventory.extend(tenant, new ReservationId(id), ttl).ifPresent(kept::add);
		}
		List<Reservation> held = new ArrayList<>();
		for (int i = 0; i < cart.lines().size(); i++) {
			PricedLine line = cart.lines().get(i);
			Optional<Reservation.Held> same = kept.stream()
				.filter((hold) -> hold.variantId().equals(line.variantId()) && hold.quantity() == line.quantity())
				.findFirst();
			if (same.isPresent()) {
				kept.remove(same.get());
				held.add(same.get());
			}
			else {
				held.add(reserve(tenant, i, line, ttl, "checkout:" + checkout.id()));
			}
		}
		release(tenant, kept.stream().map((hold) -> hold.id().value()).toList());
		return held;
	}

	private void release(Tenant tenant, List<UUID> reservations) {
		reservations.forEach((id) -> this.inventory.release(tenant, new ReservationId(id)));
	}

	private StoredCheckout open(Tenant tenant, CartId cartId) {
		StoredCheckout checkout = this.store.forUpdate(tenant, cartId).orElseThrow(Checkout::noCheckout);
		if (checkout.completed()) {
			throw conflict("cart", "this checkout already placed order " + checkout.orderNumber());
		}
		return checkout;
	}

	private static PricedCart buyable(PricedCart cart, boolean placing) {
		if (!cart.unavailable().isEmpty()) {
			if (placing) {
				throw new ResourceConflict(cart.unavailable().getFirst());
			}
			throw new InvalidInput(cart.unavailable());
		}
		if (cart.lines().isEmpty()) {
			throw invalid("lines", "the cart is empty: add a product first");
		}
		return cart;
	}

	private static List<UUID> heldIds(List<Reservation> held) {
		return held.stream()
			.filter(Reservation.Held.class::isInstance)
			.map((reservation) -> ((Reservation.Held) reservation).id().value())
			.toList();
	}

	private static String checkedKey(String key) {
		if (key == null || key.isBlank() || key.length() > 255 || !key.chars().allMatch((c) -> c > 32 && c < 127)) {
			throw invalid("Idempotency-Key", "is required: 1 to 255 visible ASCII characters, one per purchase");
		}
		return key;
	}

	private static ResourceNotFound noCheckout() {
		return new ResourceNotFound("This cart has no checkout: start it with POST /api/store/checkout");
	}

	private static InvalidInput invalid(String field, String reason) {
		return new InvalidInput(List.of(new FieldProblem(field, reason)));
	}

	private static ResourceConflict conflict(String field, String reason) {
		return new ResourceConflict(new FieldProblem(field, reason));
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
