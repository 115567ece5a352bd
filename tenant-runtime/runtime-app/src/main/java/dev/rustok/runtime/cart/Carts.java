package dev.rustok.runtime.cart;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.rustok.runtime.events.CartEvent;
import dev.rustok.runtime.pricing.PricedLine;
import dev.rustok.runtime.settings.ShopCurrencies;
import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.ResourceNotFound;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.VariantId;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade of carts (docs/adr/0071). Every call names its tenant and is one transaction; a
 * change locks the cart, so two tabs adding at once both count. An expired, checked-out
 * or merged cart is not found: the shopper starts a new one.
 */
@Service
@Transactional
public class Carts {

	/** The most units of one variant in a cart. */
	public static final int MAX_QUANTITY = 99;

	/** The most lines in a cart. */
	public static final int MAX_LINES = 50;

	/** How long a cart nobody touches lives. */
	public static final Duration TTL = Duration.ofDays(30);

	private final CartStore store;

	private final CatalogOffers catalog;

	private final ShopCurrencies currencies;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	@Autowired
	Carts(CartStore store, CatalogOffers catalog, ShopCurrencies currencies, ApplicationEventPublisher events,
			ObjectProvider<Clock> clock) {
		this.store = store;
		this.events = events;
		this.catalog = catalog;
		this.currencies = currencies;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * A new empty cart in {@code currency}, or the shop's first currency.
	 * @throws InvalidInput naming {@code currency} when the shop does not sell in it
	 */
	public Cart create(Tenant tenant, Optional<String> currency) {
		return start(tenant, currency, Optional.empty()).cart();
	}

	/**
	 * The cart a shopper goes on with when they have none (docs/adr/0096): a new
	 * anonymous cart, or for a signed-in customer the open cart they already have (a
	 * customer has one), else a new one in their name, so what they buy lands in their
	 * order history.
	 * @param customerId the signed-in customer ({@link Shoppers}), empty when anonymous
	 * @throws InvalidInput naming {@code currency} when the shop does not sell in it
	 */
	public StartedCart start(Tenant tenant, Optional<String> currency, Optional<String> customerId) {
		List<String> sold = this.currencies.currencies(tenant);
		String chosen = currency.filter((code) -> !code.isBlank()).orElse(sold.getFirst());
		if (!sold.contains(chosen)) {
			throw new InvalidInput(List.of(new FieldProblem("currency",
					"must be one of the currencies this shop sells in: " + String.join(", ", sold))));
		}
		Instant now = now();
		if (customerId.isPresent()) {
			return customersCart(tenant, checkedCustomer(customerId.get()), chosen, now);
		}
		Cart cart = new Cart(CartId.random(), chosen, null, 0, now.plus(TTL), List.of());
		this.store.insert(tenant, cart, now);
		return new StartedCart(cart, true);
	}

	/**
	 * The open cart priced from the catalogue now.
	 * @throws ResourceNotFound when the shop has no such open cart
	 */
	@Transactional(readOnly = true)
	public PricedCart priced(Tenant tenant, CartId id) {
		return price(tenant, this.store.open(tenant, id, now()).orElseThrow(() -> notFound(id)));
	}

	/**
	 * The open cart, locked until the caller's transaction ends, priced now.
	 */
	public PricedCart pricedForUpdate(Tenant tenant, CartId id) {
		return price(tenant, this.store.openForUpdate(tenant, id, now()).orElseThrow(() -> notFound(id)));
	}

	/**
	 * Adds units of a variant (to the line it may already have).
	 * @throws InvalidInput naming {@code quantity} (below 1, or the line above
	 * {@value #MAX_QUANTITY}), {@code variantId} (unknown or archived) or
	 * {@code currency} (no price in the cart's currency); nothing changes then
	 */
	public PricedCart add(Tenant tenant, CartId id, VariantId variant, int quantity) {
		checkQuantity(quantity, 1);
		Cart cart = locked(tenant, id);
		int already = cart.lines()
			.stream()
			.filter((line) -> line.variantId().equals(variant))
			.mapToInt(CartLine::quantity)
			.sum();
		if (already == 0 && cart.lines().size() >= MAX_LINES) {
			throw invalid("variantId", "a cart has at most " + MAX_LINES + " lines");
		}
		if ((long) already + quantity > MAX_QUANTITY) {
			throw invalid("quantity", "a line has at most " + MAX_QUANTITY + " units; the cart has " + already);
		}
		checkBuyable(tenant, cart, variant);
		return set(tenant, cart, variant, already + quantity);
	}

	/**
	 * Sets the units of a line the cart has; 0 removes it.
	 * @throws InvalidInput naming {@code quantity} outside 0 .. {@value #MAX_QUANTITY}
	 * @throws ResourceNotFound when the cart has no line of the variant
	 */
	public PricedCart change(Tenant tenant, CartId id, VariantId variant, int quantity) {
		checkQuantity(quantity, 0);
		Cart cart = locked(tenant, id);
		if (cart.lines().stream().noneMatch((line) -> line.variantId().equals(variant))) {
			throw new ResourceNotFound("This cart has no line of variant " + variant);
		}
		return set(tenant, cart, variant, quantity);
	}

	public PricedCart remove(Tenant tenant, CartId id, VariantId variant) {
		return change(tenant, id, variant, 0);
	}

	/**
	 * Marks the cart as bought: it is no longer found, and the shopper's next add starts
	 * a new one. Called by checkout in the transaction that places the order, which also
	 * stores {@link CartEvent.CartCheckedOut} (docs/adr/0084).
	 * @param cart the cart as checkout priced it for the order
	 */
	public void checkedOut(Tenant tenant, PricedCart cart, UUID orderId, long orderNumber) {
		Cart bought = cart.cart();
		this.store.close(tenant, bought.id(), "checked_out", now());
		this.events.publishEvent(new CartEvent.CartCheckedOut(tenant.id(), bought.id().value(), orderId, orderNumber,
				bought.customerId(), cart.lines().size(), cart.units(), cart.subtotal()));
	}

	/**
	 * Moves the lines of an anonymous cart into the customer's open cart (created when
	 * there is none) at sign-in: quantities of the same variant add up to the line limit,
	 * lines in another currency or no longer buyable are dropped, and the anonymous cart
	 * is closed.
	 * @return the customer's cart
	 * @throws ResourceNotFound when the anonymous cart is not open in this shop, or is
	 * another customer's
	 */
	public PricedCart merge(Tenant tenant, CartId anonymous, String customerId) {
		checkedCustomer(customerId);
		Instant now = now();
		Cart from = locked(tenant, anonymous);
		if (from.customerId() != null && !from.customerId().equals(customerId)) {
			// a cart another customer left at this browser stays theirs (docs/adr/0074)
			throw notFound(anonymous);
		}
		Cart into = customersCart(tenant, customerId, from.currency(), now).cart();
		if (into.id().equals(from.id())) {
			return price(tenant, into);
		}
		into = this.store.openForUpdate(tenant, into.id(), now).orElseThrow();
		if (into.currency().equals(from.currency())) {
			PricedCart buyable = price(tenant, from);
			for (PricedLine line : buyable.lines()) {
				int already = into.lines()
					.stream()
					.filter((l) -> l.variantId().equals(line.variantId()))
					.mapToInt(CartLine::quantity)
					.sum();
				if (already == 0 && into.lines().size() >= MAX_LINES) {
					continue;
				}
				this.store.setLine(tenant, into.id(), line.variantId(),
						Math.min(MAX_QUANTITY, already + line.quantity()), now, now.plus(TTL));
				into = this.store.openForUpdate(tenant, into.id(), now).orElseThrow();
			}
		}
		this.store.close(tenant, from.id(), "merged", now);
		return price(tenant, into);
	}

	/** The customer's open cart, if they left one (to pick it up again at sign-in). */
	@Transactional(readOnly = true)
	public Optional<CartId> openCartOf(Tenant tenant, String customerId) {
		return this.store.openOfCustomer(tenant, customerId, now()).map(Cart::id);
	}

	/**
	 * The customer a cart belongs to, whatever its state; empty for an anonymous cart and
	 * for one the shop does not have (docs/adr/0105).
	 */
	@Transactional(readOnly = true)
	public Optional<String> ownerOf(Tenant tenant, CartId id) {
		return this.store.ownerOf(tenant, id);
	}

	/** Deletes the shop's carts whose time ran out, at most 500 a call. */
	public int deleteExpired(Tenant tenant) {
		return this.store.deleteExpired(tenant, now(), 500);
	}

	// one open cart per customer (V12's partial unique index): theirs, or a new one; two
	// requests of the same customer at once end with the one cart the first made
	private StartedCart customersCart(Tenant tenant, String customerId, String currency, Instant now) {
		Optional<Cart> open = this.store.openOfCustomer(tenant, customerId, now);
		if (open.isPresent()) {
			return new StartedCart(open.get(), false);
		}
		Cart cart = new Cart(CartId.random(), currency, customerId, 0, now.plus(TTL), List.of());
		if (this.store.insertOfCustomer(tenant, cart, now)) {
			return new StartedCart(cart, true);
		}
		return new StartedCart(this.store.openOfCustomer(tenant, customerId, now).orElseThrow(), false);
	}

	private static String checkedCustomer(String customerId) {
		if (customerId == null || customerId.isBlank() || customerId.length() > 100) {
			throw invalid("customerId", "is required, at most 100 characters");
		}
		return customerId;
	}

	private PricedCart set(Tenant tenant, Cart cart, VariantId variant, int quantity) {
		Instant now = now();
		this.store.setLine(tenant, cart.id(), variant, quantity, now, now.plus(TTL));
		return price(tenant, this.store.openForUpdate(tenant, cart.id(), now).orElseThrow());
	}

	private void checkBuyable(Tenant tenant, Cart cart, VariantId variant) {
		VariantOffer offer = this.catalog.offers(tenant, List.of(variant), cart.currency()).get(variant);
		if (offer == null) {
			throw invalid("variantId", "is not a variant of this shop");
		}
		if (!offer.active()) {
			throw invalid("variantId", "is not on sale (its product is a draft or archived)");
		}
		if (offer.price().isEmpty()) {
			throw invalid("currency", "variant " + offer.sku() + " has no price in the cart's currency "
					+ cart.currency() + ": one currency per cart");
		}
	}

	private PricedCart price(Tenant tenant, Cart cart) {
		Map<VariantId, VariantOffer> offers = this.catalog.offers(tenant,
				cart.lines().stream().map(CartLine::variantId).toList(), cart.currency());
		List<PricedLine> lines = new ArrayList<>();
		List<FieldProblem> unavailable = new ArrayList<>();
		for (int i = 0; i < cart.lines().size(); i++) {
			CartLine line = cart.lines().get(i);
			VariantOffer offer = offers.get(line.variantId());
			if (offer == null || !offer.active()) {
				unavailable.add(new FieldProblem("lines[" + i + "]", "is no longer on sale: remove it"));
			}
			else if (offer.price().isEmpty()) {
				unavailable
					.add(new FieldProblem("lines[" + i + "]", "has no price in " + cart.currency() + " any more"));
			}
			else {
				lines.add(new PricedLine(line.variantId(), offer.sku(), offer.title(), offer.price().get(),
						line.quantity(), offer.weightGrams()));
			}
		}
		return new PricedCart(cart, lines, unavailable);
	}

	private Cart locked(Tenant tenant, CartId id) {
		return this.store.openForUpdate(tenant, id, now()).orElseThrow(() -> notFound(id));
	}

	private static void checkQuantity(int quantity, int min) {
		if (quantity < min || quantity > MAX_QUANTITY) {
			throw invalid("quantity", "must be between " + min + " and " + MAX_QUANTITY);
		}
	}

	private static InvalidInput invalid(String field, String reason) {
		return new InvalidInput(List.of(new FieldProblem(field, reason)));
	}

	private static ResourceNotFound notFound(CartId id) {
		return new ResourceNotFound("This shop has no open cart " + id + ": it expired, was bought or never existed");
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

}
