package dev.rustok.runtime.catalogindex;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import dev.rustok.runtime.events.BatchEventHandler;
import dev.rustok.runtime.events.CartEvent;
import dev.rustok.runtime.events.CatalogEvent;
import dev.rustok.runtime.events.DomainEvent;
import dev.rustok.runtime.events.EventEnvelope;
import dev.rustok.runtime.events.InventoryEvent;
import dev.rustok.runtime.events.OrderEvent;
import dev.rustok.runtime.events.WebhookEvent;
import dev.rustok.runtime.shared.Tenant;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps the storefront's product documents in step with the catalogue and inventory: each
 * of their events rebuilds the products it touches, in the relay's transaction, so the
 * relay's receipt and the new document commit together (docs/adr/0055, 0064). It runs
 * first: the storefront cache retires a shop's answers after its own handler commits, and
 * an answer cached between the two would otherwise hold the old document (docs/adr/0067).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProductIndexer implements BatchEventHandler {

	private final ProductDocuments documents;

	ProductIndexer(ProductDocuments documents) {
		this.documents = documents;
	}

	@Override
	public String name() {
		return "catalog-index";
	}

	/**
	 * Catalogue and stock events only: orders, carts and webhook endpoints are not in any
	 * product's document, and the stock an order moves arrives as the variant's own
	 * {@link InventoryEvent}.
	 */
	@Override
	public boolean wants(DomainEvent payload) {
		return switch (payload) {
			case CatalogEvent ignored -> true;
			case InventoryEvent ignored -> true;
			case OrderEvent ignored -> false;
			case CartEvent ignored -> false;
			case WebhookEvent ignored -> false;
		};
	}

	/**
	 * A batch's catalogue and stock events, per shop, as one change of a set of products
	 * (docs/adr/0117): a product that several events touch is built once, and the stock
	 * moves are compared with their documents in one statement. Shops in the order of
	 * their schemas, so two nodes' batches lock them in the same order (docs/adr/0119).
	 */
	@Override
	public void handleAll(List<Delivery> deliveries) {
		Map<Tenant, Set<UUID>> products = new TreeMap<>(Comparator.comparing(Tenant::schema));
		Map<Tenant, Set<UUID>> variants = new TreeMap<>(Comparator.comparing(Tenant::schema));
		for (Delivery delivery : deliveries) {
			Tenant tenant = delivery.tenant();
			products.computeIfAbsent(tenant, (shop) -> new HashSet<>());
			variants.computeIfAbsent(tenant, (shop) -> new HashSet<>());
			switch (delivery.event().payload()) {
				case CatalogEvent.ProductEvent product -> products.get(tenant).add(product.productId());
				case CatalogEvent.CollectionChanged collection ->
					products.get(tenant).addAll(this.documents.productsOfCollection(tenant, collection.collectionId()));
				case InventoryEvent stock -> variants.get(tenant).add(stock.variantId());
				default -> {
					// not wanted: the relay does not call with it
				}
			}
		}
		products.forEach((tenant, changed) -> this.documents.changed(tenant, changed, variants.get(tenant)));
	}

	@Override
	public void handle(Tenant tenant, EventEnvelope event) {
		handleAll(List.of(new Delivery(tenant, event)));
	}

}
