package dev.rustok.runtime.shared;

import java.util.List;
import java.util.Map;

/**
 * The shop's plan allows no more of something (docs/adr/0049): the request was valid and
 * nothing is stored; it succeeds after the shop moves to a larger plan or frees room.
 * Answered with 403 and the members {@code quota}, {@code allowed} and {@code plan}.
 */
public final class QuotaExceeded extends RuntimeProblem {

	private final String quota;

	private final int allowed;

	private final String plan;

	private final String field;

	/**
	 * @param quota what ran out, as the plan catalogue names it ({@code products})
	 * @param field the request's field the client should look at
	 */
	public QuotaExceeded(String quota, String field, int allowed, String plan) {
		super("The shop's plan (" + plan + ") allows " + allowed + " " + quota
				+ ": delete some or move to a larger plan");
		this.quota = quota;
		this.allowed = allowed;
		this.plan = plan;
		this.field = field;
	}

	@Override
	public List<FieldProblem> errors() {
		return List.of(new FieldProblem(this.field, "is over the plan's quota of " + this.allowed + " " + this.quota));
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("quota", this.quota, "allowed", this.allowed, "plan", this.plan);
	}

}
