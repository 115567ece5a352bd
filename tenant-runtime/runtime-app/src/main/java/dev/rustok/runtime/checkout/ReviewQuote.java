package dev.rustok.runtime.checkout;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.rustok.runtime.pricing.PricedLine;
import dev.rustok.runtime.pricing.Totals;
import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.Money;

/**
 * The prices a shopper was shown when reviewing the order: each line's unit price and the
 * total (docs/adr/0085). It travels with the shopper (the review's {@code quote}, sent
 * back with the completion), so the server keeps nothing per page view, and it is not
 * signed: it only ever stops an order, and a shopper who forges one stops their own.
 *
 * @param lines the unit price of each variant reviewed, in the order shown
 * @param total what the order was going to cost
 */
record ReviewQuote(List<QuotedLine> lines, Money total) {

	/** A {@link #encoded()} quote longer than this is refused unread. */
	static final int MAX_LENGTH = 4_096;

	private static final byte FORMAT = 1;

	ReviewQuote {
		lines = List.copyOf(lines);
	}

	/** The quote of a review showing these lines and totals. */
	static ReviewQuote of(List<PricedLine> lines, Totals totals) {
		return new ReviewQuote(
				lines.stream().map((line) -> new QuotedLine(line.variantId().value(), line.unitPrice())).toList(),
				totals.total());
	}

	/** Compact and URL-safe, so it fits a header and a hidden form field. */
	String encoded() {
		ByteBuffer bytes = ByteBuffer.allocate(1 + 3 + 8 + 2 + this.lines.size() * 24);
		bytes.put(FORMAT).put(this.total.currency().getBytes(StandardCharsets.US_ASCII));
		bytes.putLong(this.total.amountMinor()).putShort((short) this.lines.size());
		for (QuotedLine line : this.lines) {
			bytes.putLong(line.variantId().getMostSignificantBits())
				.putLong(line.variantId().getLeastSignificantBits());
			bytes.putLong(line.unitPrice().amountMinor());
		}
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
	}

	/**
	 * @throws InvalidInput naming {@code quote} when it is not one this runtime made
	 */
	static ReviewQuote decode(String text) {
		if (text.length() > MAX_LENGTH) {
			throw malformed();
		}
		try {
			ByteBuffer bytes = ByteBuffer.wrap(Base64.getUrlDecoder().decode(text));
			if (bytes.get() != FORMAT) {
				throw malformed();
			}
			byte[] code = new byte[3];
			bytes.get(code);
			String currency = new String(code, StandardCharsets.US_ASCII);
			Money total = new Money(bytes.getLong(), currency);
			int count = bytes.getShort();
			List<QuotedLine> lines = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				UUID variant = new UUID(bytes.getLong(), bytes.getLong());
				lines.add(new QuotedLine(variant, new Money(bytes.getLong(), currency)));
			}
			if (count < 0 || bytes.hasRemaining()) {
				throw malformed();
			}
			return new ReviewQuote(lines, total);
		}
		catch (IllegalArgumentException | BufferUnderflowException notOurs) {
			throw malformed();
		}
	}

	/**
	 * Compares what was shown with the lines and totals the order would be placed at now.
	 * @throws PricesChanged naming every line whose unit price is not the one shown, or
	 * the total when only it changed (a shipping or tax rate)
	 */
	void check(List<PricedLine> now, Totals totals) {
		List<PricesChanged.ChangedLine> changed = new ArrayList<>();
		for (int i = 0; i < now.size(); i++) {
			PricedLine line = now.get(i);
			Optional<Money> shown = shownPrice(line.variantId().value());
			if (shown.isEmpty() || !shown.get().equals(line.unitPrice())) {
				changed.add(new PricesChanged.ChangedLine(i, line.variantId().value(), line.title(), shown.orElse(null),
						line.unitPrice()));
			}
		}
		if (!changed.isEmpty() || !this.total.equals(totals.total())) {
			throw new PricesChanged(changed, this.total, totals, of(now, totals).encoded());
		}
	}

	private Optional<Money> shownPrice(UUID variant) {
		return this.lines.stream()
			.filter((line) -> line.variantId().equals(variant))
			.map(QuotedLine::unitPrice)
			.findFirst();
	}

	private static InvalidInput malformed() {
		return new InvalidInput(List.of(new FieldProblem("quote",
				"is not a quote of this checkout's review: send the quote of the review the shopper saw, or none")));
	}

	/** One line as reviewed. */
	record QuotedLine(UUID variantId, Money unitPrice) {

	}

}
