package dev.rustok.provisioning;

import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import com.hazelcast.core.HazelcastInstance;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.controlplane.api.TenantRouteMaps;
import dev.rustok.controlplane.api.TenantStatus;
import org.flywaydb.core.api.FlywayException;
import org.keycloak.representations.idm.RealmRepresentation;
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

	private final TenantRealms realms;

	private final HazelcastInstance hazelcast;

	private final ProvisioningSettings settings;

	private final String shard;

	/**
	 * Provisioning that reaches the Keycloak named in {@code settings} and places tenants
	 * on the {@link TenantRoute#DEFAULT_SHARD}.
	 */
	public TenantProvisioning(DataSource dataSource, HazelcastInstance hazelcast, ProvisioningSettings settings) {
		this(dataSource, hazelcast, settings, KeycloakTenantRealms.of(settings));
	}

	/** Provisioning that places tenants on the {@link TenantRoute#DEFAULT_SHARD}. */
	public TenantProvisioning(DataSource dataSource, HazelcastInstance hazelcast, ProvisioningSettings settings,
			TenantRealms realms) {
		this(TenantRoute.DEFAULT_SHARD, dataSource, hazelcast, settings, realms);
	}

	/**
	 * Provisioning that places tenants on one shard.
	 * @param shard the name the runtimes know the database by
	 * ({@code rustok.shards.<name>})
	 * @param shardDataSource that database, where tenant schemas are created and migrated
	 */
	public TenantProvisioning(String shard, DataSource shardDataSource, HazelcastInstance hazelcast,
			ProvisioningSettings settings, TenantRealms realms) {
		this.shard = Objects.requireNonNull(shard, "shard");
		this.schemas = new TenantSchemas(shardDataSource);
		this.realms = realms;
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
		progress.schemaMigrated(this.shard, migrate(order));
		progress.stepDone(ProvisioningStep.MIGRATIONS);
		createRealm(order);
		progress.stepDone(ProvisioningStep.REALM);
		TenantRoute route = publish(routeOf(order, TenantStatus.ACTIVE, this.shard));
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

	private String migrate(TenantOrder order) {
		try {
			String version = this.schemas.migrate(order.schema());
			this.schemas.nameShop(order.schema(), order.shopName());
			return version;
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
				if (!this.realms.exists(order.realm())) {
					throw new ProvisioningFailed(ProvisioningStep.REALM,
							"The owner's password is no longer available to create the shop's login; sign up again",
							null);
				}
				grantStaffAdministration(order);
				openCustomerSignUp(order);
				return;
			}
			RealmRepresentation realm = TenantRealm.of(order, List.of(order.host(this.settings.platformDomain())),
					this.settings.publicAddress(), this.settings.devPasswordGrantClient());
			if (this.settings.keycloakPublicUrl() != null) {
				TenantRealm.servedAt(realm, this.settings.keycloakPublicUrl());
			}
			boolean created = this.realms.importRealm(realm);
			log.debug("Realm {} {}", order.realm(), created ? "created" : "already existed");
			grantStaffAdministration(order);
			openCustomerSignUp(order);
		}
		catch (IdentityUnavailable ex) {
			throw new ProvisioningFailed(ProvisioningStep.REALM, ex.getMessage(), ex);
		}
	}

	// the runtimes manage the shop's staff through one master-realm client that may
	// manage this realm's users only (docs/adr/0078); on every run, so running
	// provisioning again grants it to a realm created before the client existed
	private TenantRealms.UserManagementGrant grantStaffAdministration(TenantOrder order) {
		TenantRealms.UserManagementGrant grant = this.realms.grantUserManagement(order.realm(),
				TenantRealms.STAFF_ADMIN_CLIENT);
		if (grant == TenantRealms.UserManagementGrant.NO_SERVICE_CLIENT) {
			log.debug("No {} client in master: realm {} gets no staff administration", TenantRealms.STAFF_ADMIN_CLIENT,
					order.realm());
		}
		return grant;
	}

	private void openCustomerSignUp(TenantOrder order) {
		openCustomerSignUp(order.realm());
	}

	/**
	 * Brings a realm made before customer accounts up to date: sign-up open, every new
	 * account a {@code customer} (docs/adr/0075). Provisioning calls it on every run; the
	 * fleet's active tenants get it from {@link #upgradeRealm}. Idempotent.
	 * @return {@code false} when the realm was already up to date
	 * @throws IdentityUnavailable when Keycloak cannot do it now
	 */
	public boolean openCustomerSignUp(String realm) {
		boolean changed = this.realms.openCustomerSignUp(realm, TenantRealm.CUSTOMER_ROLE);
		if (changed) {
			log.info("Realm {}: customer sign-up opened", realm);
		}
		return changed;
	}

	/**
	 * Brings the realm of an existing tenant up to what provisioning makes today, without
	 * touching its users or clients: customer sign-up (docs/adr/0075), the staff client's
	 * user management (docs/adr/0078) and, when the platform has a public Keycloak URL,
	 * that URL as the realm's frontend URL and issuer (docs/adr/0091). Idempotent: a
	 * realm already up to date is read, not written (docs/adr/0097).
	 * @throws ProvisioningFailed when the realm does not exist or Keycloak cannot do it
	 * now; the parts done before stay done
	 */
	public RealmUpgrade upgradeRealm(TenantOrder order) {
		try {
			if (!this.realms.exists(order.realm())) {
				throw new ProvisioningFailed(ProvisioningStep.REALM,
						"The shop's realm " + order.realm() + " does not exist in Keycloak", null);
			}
			boolean signUpOpened = openCustomerSignUp(order.realm());
			boolean staffGranted = grantStaffAdministration(order) == TenantRealms.UserManagementGrant.GRANTED;
			String publicUrl = this.settings.keycloakPublicUrl();
			boolean servedAtPublicUrl = publicUrl != null && this.realms.serveAt(order.realm(), publicUrl);
			RealmUpgrade upgrade = new RealmUpgrade(order.realm(), signUpOpened, staffGranted, servedAtPublicUrl);
			if (upgrade.changed()) {
				log.info("Realm {} upgraded: {}", order.realm(), upgrade);
			}
			return upgrade;
		}
		catch (IdentityUnavailable ex) {
			throw new ProvisioningFailed(ProvisioningStep.REALM, ex.getMessage(), ex);
		}
	}

	/**
	 * Undoes everything {@link #provision} may have created for a tenant that will not be
	 * completed (a failed signup a platform admin gives up on), so its slug can be taken
	 * again: both routes, the realm and the schema with its data, in that order so the
	 * gateway stops routing first. Every part is idempotent; running it for a tenant that
	 * got nowhere, or twice, succeeds.
	 * @throws ProvisioningFailed when a part cannot be removed; running it again resumes
	 */
	public void abandon(TenantOrder order) {
		unpublish(order);
		try {
			boolean deleted = this.realms.delete(order.realm());
			log.debug("Realm {} {}", order.realm(), deleted ? "deleted" : "was already gone");
		}
		catch (IdentityUnavailable ex) {
			throw new ProvisioningFailed(ProvisioningStep.REALM, ex.getMessage(), ex);
		}
		try {
			this.schemas.drop(order.schema());
		}
		catch (SQLException ex) {
			throw new ProvisioningFailed(ProvisioningStep.SCHEMA,
					"Could not drop the shop's database schema: " + ex.getMessage(), ex);
		}
		log.info("Tenant {} abandoned: route, realm and schema removed", order.slug());
	}

	// by host first, by id last: the reverse of publishing, so the gateway never finds a
	// host whose tenant the runtime no longer knows
	private void unpublish(TenantOrder order) {
		try {
			TenantRoute published = TenantRouteMaps.byTenantId(this.hazelcast).get(order.slug());
			if (published != null) {
				TenantRouteMaps.byHost(this.hazelcast).delete(published.host());
			}
			TenantRouteMaps.byHost(this.hazelcast).delete(order.host(this.settings.platformDomain()));
			TenantRouteMaps.byTenantId(this.hazelcast).delete(order.slug());
		}
		catch (RuntimeException ex) {
			throw new ProvisioningFailed(ProvisioningStep.ROUTE,
					"Could not remove the shop's route from the cluster: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Publishes the route of a tenant that is already provisioned, for example to rebuild
	 * the maps from the registry after a full cluster restart, or with
	 * {@link TenantStatus#SUSPENDED}.
	 * @param shard the shard the registry records for the tenant, which may be another
	 * than the one this provisioning places new tenants on
	 * @throws ProvisioningFailed when the cluster refuses the write
	 */
	public TenantRoute publishRoute(TenantOrder order, TenantStatus status, String shard) {
		return publish(routeOf(order, status, shard));
	}

	/**
	 * The route {@link #publishRoute} would publish, for comparing with what the cluster
	 * holds.
	 */
	public TenantRoute routeOf(TenantOrder order, TenantStatus status, String shard) {
		return new TenantRoute(order.host(this.settings.platformDomain()), order.slug(), status, order.realm(),
				order.plan(), order.schema(), shard);
	}

	private TenantRoute publish(TenantRoute route) {
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

}
