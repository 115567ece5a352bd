package dev.rustok.runtime;

import java.util.List;
import java.util.UUID;

import dev.rustok.runtime.RuntimePlatform.Shop;
import dev.rustok.runtime.catalog.Catalog;
import dev.rustok.runtime.catalog.Product;
import dev.rustok.runtime.catalog.ProductInput;
import dev.rustok.runtime.catalog.ProductInput.PriceInput;
import dev.rustok.runtime.catalog.ProductInput.VariantInput;
import dev.rustok.runtime.events.CatalogEvent;
import dev.rustok.runtime.events.CatalogEvent.ProductArchived;
import dev.rustok.runtime.events.CatalogEvent.ProductCreated;
import dev.rustok.runtime.events.CatalogEvent.ProductDeleted;
import dev.rustok.runtime.events.CatalogEvent.ProductUpdated;
import dev.rustok.runtime.events.CatalogEvent.VariantPriceChanged;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.TenantId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every change of the catalogue publishes its event, carrying the shop's id, and a
 * refused change publishes none (the facade is called on the test's thread, where Spring
 * records the events).
 */
@RecordApplicationEvents
class CatalogEventsIT extends RuntimeIntegrationTest {

	@Autowired
	Catalog catalog;

	@Autowired
	ApplicationEvents events;

	@Test
	void publishesCreatedUpdatedPriceChangedArchivedAndDeleted() {
		Tenant tenant = tenant(shop("acme"));
		String sku = CatalogApiIT.sku("EVENT");

		Product created = this.catalog.createProduct(tenant, product(sku, 100L, null));
		Product updated = this.catalog
			.replaceProduct(tenant, created.id(),
					new ProductInput("Evented", null, null, "active", null, null,
							List.of(new VariantInput(created.variants().getFirst().id().value(), sku, List.of(),
									List.of(new PriceInput("EUR", 250L, null)), null, null)),
							null, null, null, null, 1));
		this.catalog.archiveProduct(tenant, created.id());
		this.catalog.deleteProduct(tenant, created.id(), 3);

		UUID id = created.id().value();
		List<CatalogEvent> published = this.events.stream(CatalogEvent.class).toList();
		assertThat(published).containsExactly(new ProductCreated(tenant.id(), id, created.handle().value(), "draft"),
				new ProductUpdated(tenant.id(), id, updated.handle().value(), "active", 2),
				new VariantPriceChanged(tenant.id(), id, created.variants().getFirst().id().value(), "EUR", 100L, 250L),
				new ProductArchived(tenant.id(), id, 3), new ProductDeleted(tenant.id(), id));
	}

	@Test
	void publishesNothingForARefusedChange() {
		Tenant tenant = tenant(shop("acme"));

		assertThatThrownBy(() -> this.catalog.createProduct(tenant, product("", -1L, null)))
			.isInstanceOf(InvalidInput.class);

		assertThat(this.events.stream(CatalogEvent.class)).isEmpty();
	}

	private static ProductInput product(String sku, Long amount, Integer version) {
		return new ProductInput("Evented", null, null, null, null, null, List
			.of(new VariantInput(null, sku, List.of(), List.of(new PriceInput("EUR", amount, null)), null, null)), null,
				null, null, null, version);
	}

	private static Tenant tenant(Shop shop) {
		return new Tenant(new TenantId(shop.id()), shop.route().schema(), shop.route().realm());
	}

}
