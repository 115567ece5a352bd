package dev.rustok.controlplane.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.rustok.controlplane.AlreadyExists;
import dev.rustok.controlplane.FieldError;
import dev.rustok.provisioning.OwnerPassword;
import dev.rustok.provisioning.ProvisioningStep;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tenant registry in schema {@code control}: the source of truth for every tenant.
 */
@Repository
public class TenantRegistry {

	private static final String COLUMNS = "slug, shop_name, owner_email, owner_password_secret,"
			+ " owner_password_credential, plan, status, last_completed_step, failure_code, failure_reason, attempts,"
			+ " next_attempt_at, shard, schema_version, created_at, updated_at";

	private final JdbcClient jdbc;

	TenantRegistry(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Reserves the slug: registers a tenant as {@link Tenant.Status#PROVISIONING} without
	 * the owner's password, which {@link #storeOwnerPassword} adds. Reserving first means
	 * a signup for a taken slug is refused before the costly hash is computed.
	 * @throws AlreadyExists when the slug is taken; the primary key decides, so two
	 * concurrent signups for one slug cannot both win
	 */
	public void reserve(NewTenant tenant) {
		try {
			this.jdbc.sql("""
					insert into control.tenant (slug, shop_name, owner_email, plan, status)
					values (?, ?, ?, ?, 'PROVISIONING')""")
				.params(tenant.slug(), tenant.shopName(), tenant.ownerEmail(), tenant.plan())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new AlreadyExists("The shop address '" + tenant.slug() + "' is already taken",
					new FieldError("slug", "is already taken by another shop"));
		}
	}

	/** Stores the owner's hashed password of a tenant whose realm is not created yet. */
	public void storeOwnerPassword(String slug, OwnerPassword password) {
		this.jdbc.sql("""
				update control.tenant set owner_password_secret = ?, owner_password_credential = ?,
					updated_at = now()
				where slug = ? and last_completed_step is null""")
			.params(password.secretData(), password.credentialData(), slug)
			.update();
	}

	/** Frees a slug whose signup could not be completed before provisioning began. */
	public void releaseReservation(String slug) {
		this.jdbc.sql("delete from control.tenant where slug = ? and last_completed_step is null").param(slug).update();
	}

	public Optional<Tenant> find(String slug) {
		return this.jdbc.sql("select " + COLUMNS + " from control.tenant where slug = ?")
			.param(slug)
			.query(TenantRegistry::tenant)
			.optional();
	}

	/** Every tenant in any status, newest first. */
	public List<Tenant> all() {
		return this.jdbc.sql("select " + COLUMNS + " from control.tenant order by created_at desc, slug")
			.query(TenantRegistry::tenant)
			.list();
	}

	public List<Tenant> inStatus(Tenant.Status... statuses) {
		return this.jdbc.sql("select " + COLUMNS + " from control.tenant where status in (:statuses) order by slug")
			.param("statuses", List.of(statuses).stream().map(Enum::name).toList())
			.query(TenantRegistry::tenant)
			.list();
	}

	/**
	 * Puts a tenant on another plan; {@code false} when no tenant has this slug.
	 */
	public boolean changePlan(String slug, String plan) {
		return this.jdbc.sql("update control.tenant set plan = ?, updated_at = now() where slug = ?")
			.params(plan, slug)
			.update() == 1;
	}

	/**
	 * Records that a realm upgrade found (or made) the tenant's realm up to date
	 * (docs/adr/0097).
	 */
	public void realmUpgraded(String slug) {
		this.jdbc.sql("update control.tenant set realm_upgraded_at = now() where slug = ?").param(slug).update();
	}

	/**
	 * Records a finished step; once the realm holds the owner's credential the registry
	 * forgets it.
	 */
	public void stepDone(String slug, ProvisioningStep step) {
		boolean realmHoldsPassword = step.compareTo(ProvisioningStep.REALM) >= 0;
		this.jdbc.sql("""
				update control.tenant set last_completed_step = :step, updated_at = now(),
					owner_password_secret = case when :forget then null else owner_password_secret end,
					owner_password_credential = case when :forget then null else owner_password_credential end
				where slug = :slug""")
			.param("step", step.name())
			.param("forget", realmHoldsPassword)
			.param("slug", slug)
			.update();
	}

	/**
	 * Records where the tenant's schema lives and the version its migrations brought it
	 * to.
	 */
	public void schemaMigrated(String slug, String shard, String schemaVersion) {
		this.jdbc.sql("update control.tenant set shard = ?, schema_version = ?, updated_at = now() where slug = ?")
			.params(shard, schemaVersion, slug)
			.update();
	}

	public void activated(String slug) {
		this.jdbc.sql("""
				update control.tenant set status = 'ACTIVE', failure_code = null, failure_reason = null,
					next_attempt_at = null, updated_at = now()
				where slug = ?""").param(slug).update();
	}

	/**
	 * Records a failed attempt that will be retried at {@code nextAttemptAt}; the tenant
	 * stays {@link Tenant.Status#PROVISIONING}.
	 */
	public void retryLater(String slug, FailureCode code, String details, Instant nextAttemptAt) {
		this.jdbc.sql("""
				update control.tenant set failure_code = ?, failure_reason = ?, attempts = attempts + 1,
					next_attempt_at = ?, updated_at = now()
				where slug = ? and status = 'PROVISIONING'""")
			.params(code.code(), details, Timestamp.from(nextAttemptAt), slug)
			.update();
	}

	/** Records a failed attempt after which nothing retries automatically. */
	public void failed(String slug, FailureCode code, String details) {
		this.jdbc.sql("""
				update control.tenant set status = 'FAILED', failure_code = ?, failure_reason = ?,
					attempts = attempts + 1, next_attempt_at = null, updated_at = now()
				where slug = ? and status = 'PROVISIONING'""").params(code.code(), details, slug).update();
	}

	/**
	 * Puts a failed (or still retrying) tenant back to provisioning with a fresh count of
	 * attempts; {@code false} when the tenant is in another status.
	 */
	public boolean retryNow(String slug) {
		return this.jdbc.sql("""
				update control.tenant set status = 'PROVISIONING', attempts = 0, next_attempt_at = null,
					updated_at = now()
				where slug = ? and status in ('FAILED', 'PROVISIONING')""").param(slug).update() == 1;
	}

	/**
	 * Deletes a failed tenant, so its slug is free again; {@code false} when the tenant
	 * is not {@link Tenant.Status#FAILED}.
	 */
	public boolean forgetFailed(String slug) {
		return this.jdbc.sql("delete from control.tenant where slug = ? and status = 'FAILED'")
			.param(slug)
			.update() == 1;
	}

	private static Tenant tenant(ResultSet row, int number) throws SQLException {
		String secret = row.getString("owner_password_secret");
		String step = row.getString("last_completed_step");
		Timestamp nextAttemptAt = row.getTimestamp("next_attempt_at");
		return new Tenant(row.getString("slug"), row.getString("shop_name"), row.getString("owner_email"),
				(secret != null) ? new OwnerPassword(secret, row.getString("owner_password_credential")) : null,
				row.getString("plan"), Tenant.Status.valueOf(row.getString("status")),
				(step != null) ? ProvisioningStep.valueOf(step) : null,
				FailureCode.fromCode(row.getString("failure_code")).orElse(null), row.getString("failure_reason"),
				row.getInt("attempts"), (nextAttemptAt != null) ? nextAttemptAt.toInstant() : null,
				row.getString("shard"), row.getString("schema_version"), row.getTimestamp("created_at").toInstant(),
				row.getTimestamp("updated_at").toInstant());
	}

}
