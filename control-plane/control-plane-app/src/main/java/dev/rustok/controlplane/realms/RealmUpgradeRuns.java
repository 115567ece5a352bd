package dev.rustok.controlplane.realms;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Realm upgrade runs and their progress in schema {@code control}, so that any node
 * answers the status and no two nodes run at once (a unique index admits one unfinished
 * run).
 */
@Repository
class RealmUpgradeRuns {

	/**
	 * A run that has not moved for this long lost its node (one realm takes seconds,
	 * retries included) and no longer holds the fleet.
	 */
	static final Duration STALE_AFTER = Duration.ofMinutes(2);

	private final JdbcClient jdbc;

	RealmUpgradeRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a new run over {@code total} realms, unless one is running.
	 * @return the new run's id; empty when another run is under way
	 */
	Optional<Long> begin(String startedBy, int total) {
		this.jdbc.sql("""
				update control.realm_upgrade set finished_at = now(), interrupted = true
				where finished_at is null and heartbeat_at < now() - make_interval(secs => ?)""")
			.param(STALE_AFTER.toSeconds())
			.update();
		return this.jdbc.sql("""
				insert into control.realm_upgrade (started_by, total) values (?, ?)
				on conflict do nothing returning id""").params(startedBy, total).query(Long.class).optional();
	}

	void realmDone(long run, boolean upgraded) {
		this.jdbc.sql("""
				update control.realm_upgrade set done = done + 1, upgraded = upgraded + ?, heartbeat_at = now()
				where id = ?""").params(upgraded ? 1 : 0, run).update();
	}

	void realmFailed(long run, String slug, String reason) {
		this.jdbc.sql("insert into control.realm_upgrade_failure (upgrade_id, slug, reason) values (?, ?, ?)")
			.params(run, slug, reason)
			.update();
		realmDone(run, false);
	}

	void finish(long run, boolean interrupted) {
		this.jdbc.sql("update control.realm_upgrade set finished_at = now(), interrupted = ? where id = ?")
			.params(interrupted, run)
			.update();
	}

	/** The latest run, {@link RealmUpgradeStatus#NEVER_RUN} when there was none. */
	RealmUpgradeStatus latest() {
		return this.jdbc.sql("""
				select id, started_by, started_at, finished_at, interrupted, total, done, upgraded,
					now() - heartbeat_at > make_interval(secs => :stale) as stale
				from control.realm_upgrade order by id desc limit 1""")
			.param("stale", STALE_AFTER.toSeconds())
			.query(RealmUpgradeRuns::run)
			.optional()
			.map((run) -> run.status(failures(run.id())))
			.orElse(RealmUpgradeStatus.NEVER_RUN);
	}

	private List<RealmUpgradeStatus.Failure> failures(long run) {
		return this.jdbc
			.sql("select slug, reason from control.realm_upgrade_failure where upgrade_id = ? order by slug")
			.param(run)
			.query((row, number) -> new RealmUpgradeStatus.Failure(row.getString("slug"), row.getString("reason")))
			.list();
	}

	private static Run run(ResultSet row, int number) throws SQLException {
		Instant finishedAt = instant(row.getTimestamp("finished_at"));
		String state;
		if (finishedAt == null) {
			state = row.getBoolean("stale") ? "interrupted" : "running";
		}
		else {
			state = row.getBoolean("interrupted") ? "interrupted" : "done";
		}
		return new Run(row.getLong("id"), state, row.getInt("total"), row.getInt("done"), row.getInt("upgraded"),
				row.getString("started_by"), instant(row.getTimestamp("started_at")), finishedAt);
	}

	private record Run(long id, String state, int total, int done, int upgraded, String startedBy, Instant startedAt,
			Instant finishedAt) {

		RealmUpgradeStatus status(List<RealmUpgradeStatus.Failure> failures) {
			return new RealmUpgradeStatus(this.state, this.total, this.done, this.upgraded, failures.size(), failures,
					this.startedBy, this.startedAt, this.finishedAt);
		}

	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
