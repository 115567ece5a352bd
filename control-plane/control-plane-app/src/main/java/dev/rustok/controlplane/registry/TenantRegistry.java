package dev.rustok.controlplane.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
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
			+ " owner_password_credential, plan, status, last_completed_step, failure_reason, created_at, updated_at";

	private final JdbcClient jdbc;

	TenantRegistry(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Registers a tenant as {@link Tenant.Status#PROVISIONING}.
	 * @throws AlreadyExists when the slug is taken; the primary key decides, so two
	 * concurrent signups for one slug cannot both win
	 */
	public void register(NewTenant tenant) {
		try {
			this.jdbc.sql("""
					insert into control.tenant (slug, shop_name, owner_email, owner_password_secret,
						owner_password_credential, plan, status)
					values (?, ?, ?, ?, ?, ?, 'PROVISIONING')""")
				.params(tenant.slug(), tenant.shopName(), tenant.ownerEmail(), tenant.ownerPassword().secretData(),
						tenant.ownerPassword().credentialData(), tenant.plan())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new AlreadyExists("The shop address '" + tenant.slug() + "' is already taken",
					new FieldError("slug", "is already taken by another shop"));
		}
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

	public void activated(String slug) {
		this.jdbc.sql("""
				update control.tenant set status = 'ACTIVE', failure_reason = null, updated_at = now()
				where slug = ?""").param(slug).update();
	}

	public void failed(String slug, String reason) {
		this.jdbc.sql("""
				update control.tenant set status = 'FAILED', failure_reason = ?, updated_at = now()
				where slug = ?""").params(reason, slug).update();
	}

	private static Tenant tenant(ResultSet row, int number) throws SQLException {
		String secret = row.getString("owner_password_secret");
		String step = row.getString("last_completed_step");
		return new Tenant(row.getString("slug"), row.getString("shop_name"), row.getString("owner_email"),
				(secret != null) ? new OwnerPassword(secret, row.getString("owner_password_credential")) : null,
				row.getString("plan"), Tenant.Status.valueOf(row.getString("status")),
				(step != null) ? ProvisioningStep.valueOf(step) : null, row.getString("failure_reason"),
				row.getTimestamp("created_at").toInstant(), row.getTimestamp("updated_at").toInstant());
	}

}
