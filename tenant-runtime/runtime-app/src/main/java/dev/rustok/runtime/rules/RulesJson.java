package dev.rustok.runtime.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.rustok.runtime.pricing.Discount;
import dev.rustok.runtime.pricing.ShippingMethod;
import dev.rustok.runtime.pricing.TaxRate;
import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.Money;
import dev.rustok.runtime.shared.Text;
import dev.rustok.runtime.shared.Text.Lines;

/** The admin API's shapes of the checkout rules, and the checks of what arrives. */
final class RulesJson {

	static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,39}");

	static final Pattern REGION = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");

	static final int MAX_BANDS = 50;

	private RulesJson() {
	}

	record BandJson(Long upToGrams, Long rateMinor) {

	}

	/** A flat method has {@code rateMinor}; a weight-based one has {@code bands}. */
	record ShippingJson(String name, String currency, Long rateMinor, List<BandJson> bands) {

		ShippingOption option(String rawCode) {
			String code = ShopRules.normalized(rawCode);
			List<FieldProblem> problems = new ArrayList<>();
			checkCode(code, "code", problems);
			if (this.name == null) {
				problems.add(new FieldProblem("name", "is required"));
			}
			else {
				Text.problem(this.name, 100, Lines.SINGLE)
					.ifPresent((why) -> problems.add(new FieldProblem("name", why)));
			}
			boolean currencyOk = checkCurrency(this.currency, "currency", problems);
			boolean flat = this.rateMinor != null;
			boolean weighted = this.bands != null && !this.bands.isEmpty();
			if (flat == weighted) {
				problems.add(new FieldProblem("rateMinor", "give either rateMinor (flat rate) or bands (by weight)"));
			}
			if (flat) {
				checkAmount(this.rateMinor, "rateMinor", problems);
			}
			if (weighted) {
				checkBands(problems);
			}
			if (!problems.isEmpty() || !currencyOk) {
				throw new InvalidInput(problems);
			}
			ShippingMethod method = flat ? new ShippingMethod.FlatRate(code, new Money(this.rateMinor, this.currency))
					: new ShippingMethod.WeightBased(code,
							this.bands.stream()
								.map((band) -> new ShippingMethod.Bracket(band.upToGrams(),
										new Money(band.rateMinor(), this.currency)))
								.toList());
			return new ShippingOption(this.name.strip(), method);
		}

		private void checkBands(List<FieldProblem> problems) {
			if (this.bands.size() > MAX_BANDS) {
				problems.add(new FieldProblem("bands", "must have at most " + MAX_BANDS + " bands"));
				return;
			}
			for (int i = 0; i < this.bands.size(); i++) {
				BandJson band = this.bands.get(i);
				if (band == null || band.upToGrams() == null || band.upToGrams() < 0
						|| band.upToGrams() > 1_000_000_000L) {
					problems.add(new FieldProblem("bands[" + i + "].upToGrams", "is required, 0 to 1,000,000,000"));
				}
				else if (this.bands.stream()
					.filter((other) -> other != null)
					.filter((other) -> band.upToGrams().equals(other.upToGrams()))
					.count() > 1) {
					problems.add(new FieldProblem("bands[" + i + "].upToGrams", "appears twice"));
				}
				checkAmount((band != null) ? band.rateMinor() : null, "bands[" + i + "].rateMinor", problems);
			}
		}

	}

	record ShippingView(String code, String name, String kind, String currency, Long rateMinor, List<BandJson> bands) {

		static ShippingView of(ShippingOption option) {
			return switch (option.method()) {
				case ShippingMethod.FlatRate flat -> new ShippingView(flat.code(), option.name(), "flat",
						option.currency(), flat.rate().amountMinor(), List.of());
				case ShippingMethod.WeightBased weighted ->
					new ShippingView(weighted.code(), option.name(), "weight", option.currency(), null,
							weighted.brackets()
								.stream()
								.map((b) -> new BandJson(b.upToGrams(), b.rate().amountMinor()))
								.toList());
			};
		}

	}

	record TaxJson(Integer basisPoints, Boolean inclusive) {

		TaxRate rate(String rawRegion) {
			String region = ShopRules.normalized(rawRegion);
			List<FieldProblem> problems = new ArrayList<>();
			if (!REGION.matcher(region).matches()) {
				problems
					.add(new FieldProblem("region", "must be a country code (DE) or country and subdivision (US-NY)"));
			}
			if (this.basisPoints == null || this.basisPoints < 0 || this.basisPoints > TaxRate.MAX_BASIS_POINTS) {
				problems.add(new FieldProblem("basisPoints", "is required, 0 to 10,000 (2,000 = 20 %)"));
			}
			if (this.inclusive == null) {
				problems.add(new FieldProblem("inclusive", "is required: true when prices include the tax"));
			}
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
			return new TaxRate(region, this.basisPoints, this.inclusive);
		}

	}

	record DiscountJson(String kind, Integer basisPoints, Long amountMinor, String currency, Long minimumSubtotalMinor,
			Integer usageLimit, Instant startsAt, Instant endsAt) {

		DiscountCode code(String rawCode) {
			String code = ShopRules.normalized(rawCode);
			List<FieldProblem> problems = new ArrayList<>();
			checkCode(code, "code", problems);
			boolean currencyOk = checkCurrency(this.currency, "currency", problems);
			long minimum = (this.minimumSubtotalMinor != null) ? this.minimumSubtotalMinor : 0;
			checkAmount(minimum, "minimumSubtotalMinor", problems);
			if (this.usageLimit != null && this.usageLimit < 1) {
				problems.add(new FieldProblem("usageLimit", "must be at least 1, or left out for no limit"));
			}
			if (this.startsAt != null && this.endsAt != null && !this.endsAt.isAfter(this.startsAt)) {
				problems.add(new FieldProblem("endsAt", "must be after startsAt"));
			}
			String kindCode = (this.kind != null) ? this.kind : "";
			switch (kindCode) {
				case "percentage" -> {
					if (this.basisPoints == null || this.basisPoints < 1 || this.basisPoints > 10_000) {
						problems.add(new FieldProblem("basisPoints", "is required, 1 to 10,000 (1,000 = 10 %)"));
					}
				}
				case "fixed" -> checkAmount(this.amountMinor, "amountMinor", problems);
				case "free_shipping" -> {
				}
				default -> problems.add(new FieldProblem("kind", "must be one of percentage, fixed, free_shipping"));
			}
			if (!problems.isEmpty() || !currencyOk) {
				throw new InvalidInput(problems);
			}
			Money floor = new Money(minimum, this.currency);
			Discount discount = switch (kindCode) {
				case "percentage" -> new Discount.Percentage(code, this.basisPoints, floor);
				case "fixed" -> new Discount.FixedAmount(code, new Money(this.amountMinor, this.currency), floor);
				default -> new Discount.FreeShipping(code, floor);
			};
			return new DiscountCode(discount, this.usageLimit, 0, this.startsAt, this.endsAt);
		}

	}

	record DiscountView(String code, String kind, Integer basisPoints, Long amountMinor, String currency,
			long minimumSubtotalMinor, Integer usageLimit, int usedCount, Instant startsAt, Instant endsAt) {

		static DiscountView of(DiscountCode code) {
			Discount discount = code.discount();
			Money minimum = discount.minimumSubtotal();
			return switch (discount) {
				case Discount.Percentage p ->
					new DiscountView(p.code(), "percentage", p.basisPoints(), null, minimum.currency(),
							minimum.amountMinor(), code.usageLimit(), code.usedCount(), code.startsAt(), code.endsAt());
				case Discount.FixedAmount f ->
					new DiscountView(f.code(), "fixed", null, f.amount().amountMinor(), minimum.currency(),
							minimum.amountMinor(), code.usageLimit(), code.usedCount(), code.startsAt(), code.endsAt());
				case Discount.FreeShipping s ->
					new DiscountView(s.code(), "free_shipping", null, null, minimum.currency(), minimum.amountMinor(),
							code.usageLimit(), code.usedCount(), code.startsAt(), code.endsAt());
			};
		}

	}

	private static void checkCode(String code, String field, List<FieldProblem> problems) {
		if (!CODE.matcher(code).matches()) {
			problems.add(new FieldProblem(field, "must be 1 to 40 letters, digits, - or _"));
		}
	}

	private static boolean checkCurrency(String currency, String field, List<FieldProblem> problems) {
		if (currency == null || !Money.isCurrencyCode(currency)) {
			problems.add(new FieldProblem(field, "must be the ISO 4217 code of a currency, such as EUR"));
			return false;
		}
		return true;
	}

	private static void checkAmount(Long amount, String field, List<FieldProblem> problems) {
		if (amount == null || amount < 0 || amount > Money.MAX_AMOUNT_MINOR) {
			problems.add(new FieldProblem(field, "is required, 0 to " + Money.MAX_AMOUNT_MINOR + " minor units"));
		}
	}

}
