package dev.rustok.runtime.outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.rustok.runtime.events.CatalogEvent.CollectionChanged;
import dev.rustok.runtime.events.CatalogEvent.ProductCreated;
import dev.rustok.runtime.events.CatalogEvent.ProductUpdated;
import dev.rustok.runtime.events.CatalogEvent.VariantPriceChanged;
import dev.rustok.runtime.events.DomainEvent;
import dev.rustok.runtime.events.InventoryEvent.StockReserved;
import dev.rustok.runtime.shared.TenantId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class EventCodecTests {

	static final TenantId ACME = new TenantId("acme");

	static final UUID PRODUCT = UUID.fromString("0193a1b2-0000-7000-8000-000000000001");

	final EventCodec codec = new EventCodec(new EventTypes(), List.of());

	@Test
	void everyEventReadsBackEqualFromWhatItStores() {
		List<DomainEvent> events = List.of(new ProductCreated(ACME, PRODUCT, "mug", "draft"),
				new ProductUpdated(ACME, PRODUCT, "mug", "active", 2),
				new VariantPriceChanged(ACME, PRODUCT, UUID.randomUUID(), "EUR", null, 250L),
				new CollectionChanged(ACME, UUID.randomUUID()), new StockReserved(ACME, UUID.randomUUID(),
						UUID.randomUUID(), UUID.randomUUID(), 3, Instant.parse("2026-11-25T10:00:00.123456Z")));

		for (DomainEvent event : events) {
			String type = this.codec.typeOf(event).name();
			assertThat(this.codec.read(type, 1, this.codec.write(event))).isEqualTo(event);
		}
	}

	@Test
	void namesEachEventByItsModuleAndRecord() {
		assertThat(this.codec.typeOf(new ProductCreated(ACME, PRODUCT, "mug", "draft")).name())
			.isEqualTo("catalog.ProductCreated");
		assertThat(this.codec
			.typeOf(new StockReserved(ACME, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 1, Instant.EPOCH))
			.name()).isEqualTo("inventory.StockReserved");
	}

	@Test
	void anEventStoredInAnOlderShapeIsUpcastToTheCurrentRecord() {
		// as if ProductCreated had no status in version 1 (products were born active) and
		// gained it in version 2
		EventTypes types = new EventTypes().withVersion("catalog.ProductCreated", 2);
		EventCodec upcasting = new EventCodec(types, List.of(new StatusAddedToProductCreated()));
		String storedInVersion1 = """
				{"tenantId":{"value":"acme"},"productId":"%s","handle":"mug"}""".formatted(PRODUCT);

		assertThat(upcasting.read("catalog.ProductCreated", 1, storedInVersion1))
			.isEqualTo(new ProductCreated(ACME, PRODUCT, "mug", "active"));
		assertThatIllegalStateException()
			.isThrownBy(() -> new EventCodec(types, List.of()).read("catalog.ProductCreated", 1, storedInVersion1))
			.withMessageContaining("no upcaster for catalog.ProductCreated from version 1");
	}

	static final class StatusAddedToProductCreated implements Upcaster {

		@Override
		public String type() {
			return "catalog.ProductCreated";
		}

		@Override
		public int fromVersion() {
			return 1;
		}

		@Override
		public ObjectNode upcast(ObjectNode payload) {
			return payload.put("status", "active");
		}

	}

}
