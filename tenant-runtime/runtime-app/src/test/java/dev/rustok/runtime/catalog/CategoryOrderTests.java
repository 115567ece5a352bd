package dev.rustok.runtime.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CategoryOrderTests {

	@Test
	void putsEachParentRightBeforeItsChildren() {
		Category kitchen = category("kitchen", null);
		Category garden = category("garden", null);
		Category mugs = category("mugs", kitchen);
		Category espresso = category("espresso", mugs);

		assertThat(CategoryOrder.parentsFirst(List.of(mugs, garden, espresso, kitchen))).containsExactly(garden,
				kitchen, mugs, espresso);
	}

	@Test
	void findsACycleByWalkingUpTheParents() {
		Map<String, String> parents = Map.of("b", "a", "c", "b");

		assertThat(ManualCollections.leadsBackTo("a", "c", parents)).isTrue();
		assertThat(ManualCollections.leadsBackTo("a", "a", parents)).isTrue();
		assertThat(ManualCollections.leadsBackTo("c", "a", parents)).isFalse();
	}

	private static Category category(String handle, Category parent) {
		return new Category(new CategoryId(UUID.randomUUID()), new Handle(handle), handle,
				(parent != null) ? parent.id() : null, 0, 1, Instant.EPOCH);
	}

}
