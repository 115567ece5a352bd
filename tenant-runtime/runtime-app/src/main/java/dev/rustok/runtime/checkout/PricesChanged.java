package dev.rustok.runtime.checkout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.rustok.runtime.pricing.Totals;
import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.Money;
import dev.rustok.runtime.shared.ResourceConflict;

/**
 * The catalogue's prices (or the shop's rates) changed after the shopper reviewed the
 * order: 409, no order placed, nothing changed (docs/adr/0085). Names every changed line
 * with the price shown and the price now, and carries the new totals so the shopper can
 * look again and confirm.
 */
final class PricesChanged extends ResourceConflict {

	private final List<ChangedLine> lines;

	private final Money reviewedTotal;

	private final Totals totals;

	private final String quote;

	/**
	 * @param quote the quote of the order as it would be placed now: sending it back
	 * confirms the new prices
	 */
	PricesChanged(List<ChangedLine> lines, Money reviewedTotal, Totals totals, String quote) {
		super(problems(lines, reviewedTotal, totals).getFirst());
		this.lines = List.copyOf(lines);
		this.reviewedTotal = reviewedTotal;
		this.totals = totals;
		this.quote = quote;
	}

	@Override
	public String getMessage() {
		return "Prices changed since you reviewed your order: nothing was ordered. Check the new total and place the"
				+ " order again.";
	}

	@Override
	public List<FieldProblem> errors() {
		return problems(this.lines, this.reviewedTotal, this.totals);
	}

	@Override
	public Map<String, Object> properties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("changedLines", this.lines);
		properties.put("reviewedTotal", this.reviewedTotal);
		properties.put("totals", this.totals);
		properties.put("quote", this.quote);
		return properties;
	}

	private static List<FieldProblem> problems(List<ChangedLine> lines, Money reviewedTotal, Totals totals) {
		List<FieldProblem> problems = new ArrayList<>();
		for (ChangedLine line : lines) {
			problems.add(new FieldProblem("lines[" + line.line() + "].unitPrice", (line.reviewedUnitPrice() != null)
					? "the price of " + line.title() + " changed from " + line.reviewedUnitPrice().formatted() + " to "
							+ line.unitPrice().formatted() + " since you reviewed your order"
					: line.title() + " was not in the order you reviewed; it costs " + line.unitPrice().formatted()));
		}
		if (!reviewedTotal.equals(totals.total())) {
			problems.add(new FieldProblem("totals.total", "the total changed from " + reviewedTotal.formatted() + " to "
					+ totals.total().formatted() + " since you reviewed your order"));
		}
		return problems;
	}

	/**
	 * @param line the line's index in the cart
	 * @param reviewedUnitPrice what the review showed, {@code null} when the line was not
	 * in it
	 */
	record ChangedLine(int line, UUID variantId, String title, Money reviewedUnitPrice, Money unitPrice) {

	}

}
