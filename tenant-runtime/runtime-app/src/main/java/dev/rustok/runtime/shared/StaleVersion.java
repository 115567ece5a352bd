package dev.rustok.runtime.shared;

import java.util.Map;

/**
 * The client changed something from a version that is no longer the current one (someone
 * else saved in between); nothing is changed and the answer (409) carries
 * {@code currentVersion}, so the client can reload and retry.
 */
public final class StaleVersion extends ResourceConflict {

	private final int currentVersion;

	public StaleVersion(int sentVersion, int currentVersion) {
		super(new FieldProblem("version", "is " + sentVersion + " but the current version is " + currentVersion
				+ ": reload, reapply your changes and save again"));
		this.currentVersion = currentVersion;
	}

	public int currentVersion() {
		return this.currentVersion;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("currentVersion", this.currentVersion);
	}

}
