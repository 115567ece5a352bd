package dev.rustok.provisioning;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.hazelcast.core.HazelcastInstance;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.controlplane.api.TenantRouteMaps;
import dev.rustok.controlplane.api.TenantStatus;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Facade: runs every step; every step idempotent; returns the published route.
 *
 * <p>
 * Steps run in {@link ProvisioningStep} order: the tenant's schema, its migrations, its
 * Keycloak realm (clients, roles, owner) and finally its route in Hazelcast, so the
 * gateway only ever routes to a complete tenant. Each step checks or tolerates what is
 * already there, so after a crash the caller simply runs {@link #provision} again with
 * the same order.
 */
public final class TenantProvisioning {

	private static final Logger log = LoggerFactory.getLogger(TenantProvisioning.class);

	private final TenantSchemas schemas;

	private final KeycloakAdmin keycloak;

	private final HazelcastInstance hazelcast;

	private final ProvisioningSettings settings;

	private final DataSource dataSource;

	public TenantProvisioning(DataSource dataSource, HazelcastInstance hazelcast, ProvisioningSettings settings) {
		this.dataSource = dataSource;
		this.schemas = new TenantSchemas(dataSource);
		this.keycloak = new KeycloakAdmin(settings.keycloakUrl(), settings.keycloakAdminUsername(),
				settings.keycloakAdminPassword());
		this.hazelcast = hazelcast;
		this.settings = settings;
	}

	/**
	 * Brings the tenant described by {@code order} to a complete, routable state.
	 * @param progress told after each step, including steps that were already done
	 * @return the route now published in both {@link TenantRouteMaps}
	 * @throws ProvisioningFailed when a step cannot complete; the steps before it stay
	 * done
	 */
	public TenantRoute provision(TenantOrder order, ProvisioningProgress progress) {
		createSchema(order);
		progress.stepDone(ProvisioningStep.SCHEMA);
		migrate(order);
		progress.stepDone(ProvisioningStep.MIGRATIONS);
		createRealm(order);
		progress.stepDone(ProvisioningStep.REALM);
		TenantRoute route = publish(order, TenantStatus.ACTIVE);
		progress.stepDone(ProvisioningStep.ROUTE);
		log.info("Tenant {} provisioned at {}", order.slug(), route.host());
		return route;
	}

	private void createSchema(TenantOrder order) {
		try {
			this.schemas.create(order.schema());
		}
		catch (SQLException ex) {
			throw new ProvisioningFailed(ProvisioningStep.SCHEMA,
					"Could not create the shop's database schema: " + ex.getMessage(), ex);
		}
	}

	private void migrate(TenantOrder order) {
		try {
			this.schemas.migrate(order.schema());
			this.schemas.nameShop(order.schema(), order.shopName());
		}
		catch (FlywayException | SQLException ex) {
			throw new ProvisioningFailed(ProvisioningStep.MIGRATIONS,
					"Could not set up the shop's database tables: " + ex.getMessage(), ex);
		}
	}

	private void createRealm(TenantOrder order) {
		try {
			if (order.ownerPassword() == null) {
				// the registry discards the password once the realm exists, so its
				// absence means "check"
				if (!this.keycloak.realmExists(order.realm())) {
					throw new ProvisioningFailed(ProvisioningStep.REALM,
							"The owner's password is no longer available to create the shop's login; sign up again",
							null);
				}
				return;
			}
			boolean created = this.keycloak.importRealm(order.realm(), TenantRealm.of(order));
			log.debug("Realm {} {}", order.realm(), created ? "created" : "already existed");
		}
		catch (KeycloakAdmin.KeycloakUnavailable ex) {
			throw new ProvisioningFailed(ProvisioningStep.REALM, ex.getMessage(), ex);
		}
	}

	/**
	 * Publishes the route of a tenant that is already provisioned, for example to rebuild
	 * the maps from the registry after a full cluster restart, or with
	 * {@link TenantStatus#SUSPENDED}.
	 * @throws ProvisioningFailed when the cluster refuses the write
	 */
	public TenantRoute publishRoute(TenantOrder order, TenantStatus status) {
		return publish(order, status);
	}

	private TenantRoute publish(TenantOrder order, TenantStatus status) {
		TenantRoute route = new TenantRoute(order.host(this.settings.platformDomain()), order.slug(), status,
				order.realm(), order.plan(), order.schema());
		try {
			// by id first, by host last: the gateway (by host) must never find a route
			// the runtime lacks
			TenantRouteMaps.byTenantId(this.hazelcast).set(route.tenantId(), route);
			TenantRouteMaps.byHost(this.hazelcast).set(route.host(), route);
			return route;
		}
		catch (RuntimeException ex) {
			throw new ProvisioningFailed(ProvisioningStep.ROUTE,
					"Could not publish the shop's route to the cluster: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Removes everything provisioning made for the tenant: its routes, its realm and its
	 * schema with all data. Idempotent: what is already gone is skipped, so an abandon
	 * that failed half way can simply be run again.
	 * @throws ProvisioningFailed when a part could not be removed; the parts before it
	 * are gone
	 */
	public void abandon(TenantOrder order) {
		try {
			TenantRouteMaps.byHost(this.hazelcast).delete(order.host(this.settings.platformDomain()));
			TenantRouteMaps.byTenantId(this.hazelcast).delete(order.slug());
		}
		catch (RuntimeException ex) {
			throw new ProvisioningFailed(ProvisioningStep.ROUTE, "Could not remove the shop's routes", ex);
		}
		try {
			this.keycloak.deleteRealm(order.realm());
		}
		catch (KeycloakAdmin.KeycloakUnavailable ex) {
			throw new ProvisioningFailed(ProvisioningStep.REALM, ex.getMessage(), ex);
		}
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + TenantSchemas.quoted(order.schema()) + " cascade");
		}
		catch (SQLException ex) {
			throw new ProvisioningFailed(ProvisioningStep.SCHEMA, "Could not drop the shop's schema", ex);
		}
		log.info("Tenant {} abandoned: routes, realm and schema removed", order.slug());
	}

}
