package dev.rustok.runtime.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;

/** The fulfilment rule every {@link Fulfillable} state shares. */
final class Shipments {

	private Shipments() {
	}

	static Order ship(OrderFacts facts, Map<Integer, Integer> units, Change change) {
		List<FieldProblem> problems = new ArrayList<>();
		if (units.isEmpty() || units.values().stream().allMatch((count) -> count == 0)) {
			problems.add(new FieldProblem("lines", "name at least one line and how many of its units shipped"));
		}
		List<OrderLine> lines = new ArrayList<>();
		for (OrderLine line : facts.lines()) {
			int count = units.getOrDefault(line.lineNumber(), 0);
			if (count < 0 || count > line.unfulfilled()) {
				problems.add(new FieldProblem("lines." + line.lineNumber() + ".quantity",
						"must be between 0 and the " + line.unfulfilled() + " units not yet shipped"));
			}
			lines.add((problems.isEmpty()) ? line.shipping(count) : line);
		}
		units.keySet()
			.stream()
			.filter((number) -> number < 1 || number > facts.lines().size())
			.forEach((number) -> problems.add(new FieldProblem("lines." + number, "the order has no such line")));
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		String detail = units.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() > 0)
			.sorted(Map.Entry.comparingByKey())
			.map((entry) -> entry.getValue() + " × line " + entry.getKey())
			.collect(Collectors.joining(", "));
		OrderFacts shipped = facts.withLines(lines);
		if (shipped.allShipped()) {
			return new FulfilledOrder(
					shipped.then(TimelineEntry.of(change, "fulfilled", OrderStatus.FULFILLED, detail)));
		}
		return new PartlyFulfilledOrder(
				shipped.then(TimelineEntry.of(change, "fulfilled", OrderStatus.PARTIALLY_FULFILLED, detail)));
	}

}
