package dev.rustok.runtime.cart;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import dev.rustok.runtime.shared.Money;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.shared.VariantId;
import dev.rustok.runtime.tenancy.TenantDsl;

import org.springframework.stereotype.Component;

import static dev.rustok.runtime.schema.Tables.PRODUCT;
import static dev.rustok.runtime.schema.Tables.PRODUCT_VARIANT;
import static dev.rustok.runtime.schema.Tables.VARIANT_PRICE;

/**
 * Reads the catalogue's {@code product}, {@code product_variant} and
 * {@code variant_price} tables in one statement, never its classes (as inventory does,
 * docs/adr/0035): a cart's prices are always the catalogue's current ones.
 */
@Component
class JooqCatalogOffers implements CatalogOffers {

	// an order line keeps at most 200 characters of title
	private static final int TITLE_MAX = 200;

	private final TenantDsl dsl;

	JooqCatalogOffers(TenantDsl dsl) {
		this.dsl = dsl;
	}

	@Override
	public Map<VariantId, VariantOffer> offers(Tenant tenant, Collection<VariantId> variants, String currency) {
		Map<VariantId, VariantOffer> offers = new LinkedHashMap<>();
		if (variants.isEmpty()) {
			return offers;
		}
		this.dsl.of(tenant)
			.select(PRODUCT_VARIANT.ID, PRODUCT_VARIANT.SKU, PRODUCT_VARIANT.OPTION_VALUES,
					PRODUCT_VARIANT.WEIGHT_GRAMS, PRODUCT.TITLE, PRODUCT.STATUS, VARIANT_PRICE.AMOUNT_MINOR)
			.from(PRODUCT_VARIANT)
			.join(PRODUCT)
			.on(PRODUCT.ID.eq(PRODUCT_VARIANT.PRODUCT_ID))
			.leftJoin(VARIANT_PRICE)
			.on(VARIANT_PRICE.VARIANT_ID.eq(PRODUCT_VARIANT.ID), VARIANT_PRICE.CURRENCY.eq(currency))
			.where(PRODUCT_VARIANT.ID.in(variants.stream().map(VariantId::value).toList()))
			.forEach((row) -> {
				String[] options = row.get(PRODUCT_VARIANT.OPTION_VALUES);
				String title0 = row.get(PRODUCT.TITLE)
						+ ((options != null && options.length > 0) ? " – " + String.join(" / ", options) : "");
				String title = title0;
				if (title.codePointCount(0, title.length()) > TITLE_MAX) {
					title = title.substring(0, title.offsetByCodePoints(0, TITLE_MAX - 1)) + "…";
				}
				Integer weight = row.get(PRODUCT_VARIANT.WEIGHT_GRAMS);
				Long amount = row.get(VARIANT_PRICE.AMOUNT_MINOR);
				VariantId id = new VariantId(row.get(PRODUCT_VARIANT.ID));
				offers.put(id,
						new VariantOffer(id, row.get(PRODUCT_VARIANT.SKU), title,
								"active".equals(row.get(PRODUCT.STATUS)),
								Optional.ofNullable(amount).map((minor) -> new Money(minor, currency)),
								(weight != null) ? weight : 0));
			});
		return offers;
	}

}
