package dev.rustok.runtime.shared;

import java.util.List;
import java.util.Map;

/**
 * The runtime's one exception hierarchy: each subtype is one HTTP answer, mapped to
 * problem+json in {@code web.problem.ProblemResponses}. Sealed so that mapping is checked
 * by the compiler.
 */
public abstract sealed class RuntimeProblem extends RuntimeException
		permits InvalidInput, ResourceConflict, ResourceNotFound, QuotaExceeded {

	protected RuntimeProblem(String message) {
		super(message, null, false, false);
	}

	/** Per-field detail; empty when the problem is not about one field. */
	public List<FieldProblem> errors() {
		return List.of();
	}

	/**
	 * Extra members of the problem, such as {@code currentVersion}; empty for most.
	 */
	public Map<String, Object> properties() {
		return Map.of();
	}

}
