package dev.rustok.runtime.catalog;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HandleTests {

	@Test
	void makesAReadableAsciiHandleFromATitle() {
		assertThat(Handle.fromTitle("Crème Brûlée — Set of 2!", "product").value()).isEqualTo("creme-brulee-set-of-2");
		assertThat(Handle.fromTitle("  --Blue   Mug--  ", "product").value()).isEqualTo("blue-mug");
		assertThat(Handle.fromTitle("ﬁne Ⅻ", "product").value()).isEqualTo("fine-xii");
	}

	@Test
	void fallsBackWhenNothingOfTheTitleIsLeft() {
		assertThat(Handle.fromTitle("茶 🍵", "product").value()).isEqualTo("product");
	}

	@Test
	void numbersTheNextFreeHandle() {
		Handle mug = new Handle("mug");

		assertThat(mug.firstFreeAmong(Set.of())).isEqualTo(mug);
		assertThat(mug.firstFreeAmong(Set.of("mug", "mug-2", "mug-4")).value()).isEqualTo("mug-3");
	}

	@Test
	void refusesWhatIsNoHandle() {
		for (String bad : new String[] { "", "Mug", "mug-", "-mug", "mug--2", "mug 2", "m".repeat(121) }) {
			assertThat(Handle.problem(bad)).as(bad).isPresent();
			assertThatIllegalArgumentException().isThrownBy(() -> new Handle(bad));
		}
	}

}
