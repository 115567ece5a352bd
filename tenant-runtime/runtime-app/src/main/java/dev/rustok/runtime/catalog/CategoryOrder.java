package dev.rustok.runtime.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders a flat list of categories depth-first: each parent right before its children.
 */
final class CategoryOrder {

	private CategoryOrder() {
	}

	/**
	 * @param flat siblings already in their order
	 */
	static List<Category> parentsFirst(List<Category> flat) {
		Map<CategoryId, List<Category>> children = new LinkedHashMap<>();
		List<Category> roots = new ArrayList<>();
		for (Category category : flat) {
			if (category.parentId() == null) {
				roots.add(category);
			}
			else {
				children.computeIfAbsent(category.parentId(), (id) -> new ArrayList<>()).add(category);
			}
		}
		List<Category> ordered = new ArrayList<>();
		roots.forEach((root) -> visit(root, children, ordered));
		return ordered;
	}

	private static void visit(Category category, Map<CategoryId, List<Category>> children, List<Category> ordered) {
		ordered.add(category);
		children.getOrDefault(category.id(), List.of()).forEach((child) -> visit(child, children, ordered));
	}

}
