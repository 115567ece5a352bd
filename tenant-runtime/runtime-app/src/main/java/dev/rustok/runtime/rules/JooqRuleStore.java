package dev.rustok.runtime.rules;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import dev.rustok.runtime.pricing.Discount;
import dev.rustok.runtime.pricing.ShippingMethod;
import dev.rustok.runtime.pricing.TaxRate;
import dev.rustok.runtime.schema.tables.records.DiscountCodeRecord;
import dev.rustok.runtime.schema.tables.records.ShippingMethodRecord;
import dev.rustok.runtime.shared.Money;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.tenancy.TenantDsl;
import org.jooq.DSLContext;

import org.springframework.stereotype.Component;

import static dev.rustok.runtime.schema.Tables.DISCOUNT_CODE;
import static dev.rustok.runtime.schema.Tables.SHIPPING_BAND;
import static dev.rustok.runtime.schema.Tables.SHIPPING_METHOD;
import static dev.rustok.runtime.schema.Tables.TAX_RATE;

/** The rules in V13's tables of the tenant's own schema, through {@link TenantDsl}. */
@Component
class JooqRuleStore implements RuleStore {

	private static final String FLAT = "flat";

	private final TenantDsl dsl;

	JooqRuleStore(TenantDsl dsl) {
		this.dsl = dsl;
	}

	@Override
	public List<ShippingOption> shippingOptions(Tenant tenant) {
		DSLContext sql = sql(tenant);
		return sql.selectFrom(SHIPPING_METHOD)
			.orderBy(SHIPPING_METHOD.CODE)
			.fetch()
			.map((method) -> option(sql, method));
	}

	@Override
	public Optional<ShippingOption> shippingOption(Tenant tenant, String code) {
		DSLContext sql = sql(tenant);
		return sql.selectFrom(SHIPPING_METHOD)
			.where(SHIPPING_METHOD.CODE.eq(code))
			.fetchOptional()
			.map((method) -> option(sql, method));
	}

	@Override
	public void putShippingOption(Tenant tenant, ShippingOption option) {
		DSLContext sql = sql(tenant);
		String code = option.code();
		Long flatRate = (option.method() instanceof ShippingMethod.FlatRate flat) ? flat.rate().amountMinor() : null;
		String kind = (flatRate != null) ? FLAT : "weight";
		sql.insertInto(SHIPPING_METHOD)
			.set(SHIPPING_METHOD.CODE, code)
			.set(SHIPPING_METHOD.NAME, option.name())
			.set(SHIPPING_METHOD.KIND, kind)
			.set(SHIPPING_METHOD.CURRENCY, option.currency())
			.set(SHIPPING_METHOD.RATE_MINOR, flatRate)
			.onConflict(SHIPPING_METHOD.CODE)
			.doUpdate()
			.set(SHIPPING_METHOD.NAME, option.name())
			.set(SHIPPING_METHOD.KIND, kind)
			.set(SHIPPING_METHOD.CURRENCY, option.currency())
			.set(SHIPPING_METHOD.RATE_MINOR, flatRate)
			.execute();
		sql.deleteFrom(SHIPPING_BAND).where(SHIPPING_BAND.METHOD_CODE.eq(code)).execute();
		if (option.method() instanceof ShippingMethod.WeightBased weighted) {
			for (ShippingMethod.Bracket bracket : weighted.brackets()) {
				sql.insertInto(SHIPPING_BAND)
					.set(SHIPPING_BAND.METHOD_CODE, code)
					.set(SHIPPING_BAND.UP_TO_GRAMS, bracket.upToGrams())
					.set(SHIPPING_BAND.RATE_MINOR, bracket.rate().amountMinor())
					.execute();
			}
		}
	}

	@Override
	public boolean deleteShippingOption(Tenant tenant, String code) {
		return sql(tenant).deleteFrom(SHIPPING_METHOD).where(SHIPPING_METHOD.CODE.eq(code)).execute() > 0;
	}

	@Override
	public List<TaxRate> taxRates(Tenant tenant) {
		return sql(tenant).selectFrom(TAX_RATE)
			.orderBy(TAX_RATE.REGION)
			.fetch((rate) -> new TaxRate(rate.getRegion(), rate.getBasisPoints(), rate.getInclusive()));
	}

	@Override
	public Optional<TaxRate> taxRate(Tenant tenant, String region) {
		return sql(tenant).selectFrom(TAX_RATE)
			.where(TAX_RATE.REGION.eq(region))
			.fetchOptional((rate) -> new TaxRate(rate.getRegion(), rate.getBasisPoints(), rate.getInclusive()));
	}

	@Override
	public void putTaxRate(Tenant tenant, TaxRate rate) {
		sql(tenant).insertInto(TAX_RATE)
			.set(TAX_RATE.REGION, rate.region())
			.set(TAX_RATE.BASIS_POINTS, rate.basisPoints())
			.set(TAX_RATE.INCLUSIVE, rate.inclusive())
			.onConflict(TAX_RATE.REGION)
			.doUpdate()
			.set(TAX_RATE.BASIS_POINTS, rate.basisPoints())
			.set(TAX_RATE.INCLUSIVE, rate.inclusive())
			.execute();
	}

	@Override
	public boolean deleteTaxRate(Tenant tenant, String region) {
		return sql(tenant).deleteFrom(TAX_RATE).where(TAX_RATE.REGION.eq(region)).execute() > 0;
	}

	@Override
	public List<DiscountCode> discountCodes(Tenant tenant) {
		return sql(tenant).selectFrom(DISCOUNT_CODE).orderBy(DISCOUNT_CODE.CODE).fetch(JooqRuleStore::discountCode);
	}

	@Override
	public Optional<DiscountCode> discountCode(Tenant tenant, String code) {
		return sql(tenant).selectFrom(DISCOUNT_CODE)
			.where(DISCOUNT_CODE.CODE.eq(code))
			.fetchOptional(JooqRuleStore::discountCode);
	}

	@Override
	public void putDiscountCode(Tenant tenant, DiscountCode code) {
		DiscountCodeRecord row = sql(tenant).newRecord(DISCOUNT_CODE);
		row.setCode(code.code());
		row.setMinimumSubtotalMinor(code.discount().minimumSubtotal().amountMinor());
		row.setCurrency(code.discount().minimumSubtotal().currency());
		switch (code.discount()) {
			case Discount.Percentage percentage -> {
				row.setKind("percentage");
				row.setBasisPoints(percentage.basisPoints());
			}
			case Discount.FixedAmount fixed -> {
				row.setKind("fixed");
				row.setAmountMinor(fixed.amount().amountMinor());
			}
			case Discount.FreeShipping free -> row.setKind("free_shipping");
		}
		row.setUsageLimit(code.usageLimit());
		row.setStartsAt(stored(code.startsAt()));
		row.setEndsAt(stored(code.endsAt()));
		sql(tenant).insertInto(DISCOUNT_CODE)
			.set(row)
			.onConflict(DISCOUNT_CODE.CODE)
			.doUpdate()
			.set(DISCOUNT_CODE.KIND, row.getKind())
			.set(DISCOUNT_CODE.BASIS_POINTS, row.getBasisPoints())
			.set(DISCOUNT_CODE.AMOUNT_MINOR, row.getAmountMinor())
			.set(DISCOUNT_CODE.CURRENCY, row.getCurrency())
			.set(DISCOUNT_CODE.MINIMUM_SUBTOTAL_MINOR, row.getMinimumSubtotalMinor())
			.set(DISCOUNT_CODE.USAGE_LIMIT, row.getUsageLimit())
			.set(DISCOUNT_CODE.STARTS_AT, row.getStartsAt())
			.set(DISCOUNT_CODE.ENDS_AT, row.getEndsAt())
			.execute();
	}

	@Override
	public boolean deleteDiscountCode(Tenant tenant, String code) {
		return sql(tenant).deleteFrom(DISCOUNT_CODE).where(DISCOUNT_CODE.CODE.eq(code)).execute() > 0;
	}

	@Override
	public boolean redeem(Tenant tenant, String code) {
		return sql(tenant).update(DISCOUNT_CODE)
			.set(DISCOUNT_CODE.USED_COUNT, DISCOUNT_CODE.USED_COUNT.plus(1))
			.where(DISCOUNT_CODE.CODE.eq(code))
			.and(DISCOUNT_CODE.USAGE_LIMIT.isNull().or(DISCOUNT_CODE.USED_COUNT.lt(DISCOUNT_CODE.USAGE_LIMIT)))
			.execute() == 1;
	}

	private static ShippingOption option(DSLContext sql, ShippingMethodRecord method) {
		String currency = method.getCurrency();
		if (FLAT.equals(method.getKind())) {
			return new ShippingOption(method.getName(),
					new ShippingMethod.FlatRate(method.getCode(), new Money(method.getRateMinor(), currency)));
		}
		List<ShippingMethod.Bracket> brackets = sql.selectFrom(SHIPPING_BAND)
			.where(SHIPPING_BAND.METHOD_CODE.eq(method.getCode()))
			.orderBy(SHIPPING_BAND.UP_TO_GRAMS)
			.fetch((band) -> new ShippingMethod.Bracket(band.getUpToGrams(), new Money(band.getRateMinor(), currency)));
		return new ShippingOption(method.getName(), new ShippingMethod.WeightBased(method.getCode(), brackets));
	}

	private static DiscountCode discountCode(DiscountCodeRecord row) {
		Money minimum = new Money(row.getMinimumSubtotalMinor(), row.getCurrency());
		Discount discount = switch (row.getKind()) {
			case "percentage" -> new Discount.Percentage(row.getCode(), row.getBasisPoints(), minimum);
			case "fixed" ->
				new Discount.FixedAmount(row.getCode(), new Money(row.getAmountMinor(), row.getCurrency()), minimum);
			default -> new Discount.FreeShipping(row.getCode(), minimum);
		};
		return new DiscountCode(discount, row.getUsageLimit(), row.getUsedCount(), instant(row.getStartsAt()),
				instant(row.getEndsAt()));
	}

	private static OffsetDateTime stored(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private static Instant instant(OffsetDateTime stored) {
		return (stored != null) ? stored.toInstant() : null;
	}

	private DSLContext sql(Tenant tenant) {
		return this.dsl.of(tenant);
	}

}
