package dev.rustok.runtime.catalog;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PagingTests {

	@Test
	void skipsThePagesBeforeTheRequestedOne() {
		assertThat(new Paging(3, 20).offset()).isEqualTo(60);
	}

	@Test
	void acceptsSizesFromOneToOneHundred() {
		assertThat(new Paging(0, 1).size()).isEqualTo(1);
		assertThat(new Paging(0, 100).size()).isEqualTo(100);
	}

	@Test
	void namesBothWrongParameters() {
		InvalidInput invalid = catchThrowableOfType(InvalidInput.class, () -> new Paging(-1, 101));
		assertThat(invalid.errors()).extracting(FieldProblem::field).containsExactly("page", "size");
	}

	@Test
	void rejectsAnEmptyPageSize() {
		assertThat(catchThrowableOfType(InvalidInput.class, () -> new Paging(0, 0)).errors())
			.containsExactly(new FieldProblem("size", "must be between 1 and 100"));
	}

}
