package dev.rustok.controlplane.realms;

import java.time.Instant;
import java.util.List;

/**
 * The latest realm upgrade as the person who waits for it sees it: done {@code done} of
 * {@code total} realms, and the realms that failed with the reason.
 *
 * @param state {@code none} (never run), {@code running}, {@code done} (every realm was
 * tried; some may have failed) or {@code interrupted} (its node stopped before the end)
 * @param total the active shops when the run began
 * @param done realms tried so far, failed ones included
 * @param upgraded realms the run changed (the others were already up to date)
 * @param failed realms that could not be upgraded, each listed in {@code failures}
 */
public record RealmUpgradeStatus(String state, int total, int done, int upgraded, int failed, List<Failure> failures,
		String startedBy, Instant startedAt, Instant finishedAt) {

	public RealmUpgradeStatus {
		failures = List.copyOf(failures);
	}

	static final RealmUpgradeStatus NEVER_RUN = new RealmUpgradeStatus("none", 0, 0, 0, 0, List.of(), null, null, null);

	/** A realm the run could not upgrade, and why. */
	public record Failure(String slug, String reason) {

	}

	public boolean running() {
		return "running".equals(this.state);
	}

}
