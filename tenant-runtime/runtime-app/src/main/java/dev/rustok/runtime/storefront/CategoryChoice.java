package dev.rustok.runtime.storefront;

import java.util.ArrayList;
import java.util.List;

/**
 * A category as an option of the filter form's select: the tree flattened in order, each
 * name indented by its depth.
 *
 * @param handle the category's handle
 * @param label its name, after a dash per level below the roots
 */
public record CategoryChoice(String handle, String label) {

	static List<CategoryChoice> flatten(List<CategoryNode> roots) {
		List<CategoryChoice> choices = new ArrayList<>();
		add(roots, 0, choices);
		return choices;
	}

	private static void add(List<CategoryNode> nodes, int depth, List<CategoryChoice> choices) {
		for (CategoryNode node : nodes) {
			choices.add(new CategoryChoice(node.handle(), "– ".repeat(depth) + node.name()));
			add(node.children(), depth + 1, choices);
		}
	}

}
