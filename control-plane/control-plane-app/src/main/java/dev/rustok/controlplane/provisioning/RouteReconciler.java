package dev.rustok.controlplane.provisioning;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.controlplane.api.TenantRouteMaps;
import dev.rustok.controlplane.api.TenantStatus;
import dev.rustok.controlplane.cluster.ControlPlaneMembers;
import dev.rustok.controlplane.registry.RegistryVersion;
import dev.rustok.controlplane.registry.Tenant;
import dev.rustok.controlplane.registry.TenantRegistry;
import dev.rustok.provisioning.TenantProvisioning;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the cluster's route maps equal to the registry, their source of truth: from
 * start-up on, and then every {@code rustok.cluster.routes.reconcile-interval}, on the
 * elected control plane only ({@link ControlPlaneMembers}) and only when maps or registry
 * moved ({@link RouteDrift}), it republishes the route of every active or suspended
 * tenant that is missing or differs from the registry (a full cluster restart, more
 * members lost than the maps have backups, a write by anything but provisioning) and
 * removes routes of tenants the registry does not route. A tenant still being provisioned
 * is left to its provisioning run. See docs/adr/0011-routes-survive-member-loss.md and
 * docs/adr/0030.
 */
@Component
class RouteReconciler {

	private static final Logger log = LoggerFactory.getLogger(RouteReconciler.class);

	private final TenantRegistry registry;

	private final TenantProvisioning provisioning;

	private final IMap<String, TenantRoute> byTenantId;

	private final IMap<String, TenantRoute> byHost;

	private final RouteReconciliationProperties properties;

	private final ControlPlaneMembers members;

	private final RouteDrift drift;

	private final AtomicLong passes = new AtomicLong();

	private final AtomicLong comparisons = new AtomicLong();

	private final ScheduledExecutorService timer = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("route-reconciler").daemon().factory());

	RouteReconciler(TenantRegistry registry, RegistryVersion registryVersion, TenantProvisioning provisioning,
			HazelcastInstance hazelcast, ControlPlaneMembers members, RouteReconciliationProperties properties) {
		this.registry = registry;
		this.provisioning = provisioning;
		this.byTenantId = TenantRouteMaps.byTenantId(hazelcast);
		this.byHost = TenantRouteMaps.byHost(hazelcast);
		this.members = members;
		this.properties = properties;
		this.drift = new RouteDrift(registryVersion, this.byTenantId, this.byHost, properties.fullSweepInterval());
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		long interval = this.properties.reconcileInterval().toMillis();
		this.timer.scheduleWithFixedDelay(this::passQuietly, 0, interval, TimeUnit.MILLISECONDS);
	}

	@PreDestroy
	void stop() {
		this.timer.shutdownNow();
		this.drift.close();
	}

	/** Passes run so far, compared or not. */
	long passes() {
		return this.passes.get();
	}

	/** Passes that compared the maps with the registry. */
	long comparisons() {
		return this.comparisons.get();
	}

	/**
	 * One pass: nothing on a control plane that is not the elected one, nothing when
	 * nothing drifted, else a full comparison.
	 */
	void pass() {
		this.passes.incrementAndGet();
		if (!this.members.isElected()) {
			// once elected again, start from a full comparison
			this.drift.forget();
			return;
		}
		Instant now = Instant.now();
		if (!this.drift.isDue(now)) {
			return;
		}
		RouteDrift.Comparing comparing = this.drift.comparing(now);
		this.comparisons.incrementAndGet();
		Repairs repairs;
		try {
			repairs = reconcile();
		}
		catch (RuntimeException ex) {
			// what made this comparison due must still be seen by the next pass
			this.drift.forget();
			throw ex;
		}
		this.drift.compared(comparing);
		if (!repairs.isNone()) {
			log.warn("Route reconciliation: republished {} tenant routes, removed {} routes the registry does not know",
					repairs.republished(), repairs.removed());
		}
	}

	private void passQuietly() {
		try {
			pass();
		}
		catch (RuntimeException ex) {
			// the next pass tries again; a scheduled task that throws would never run
			// again
			log.error("Route reconciliation failed; retrying in {}", this.properties.reconcileInterval(), ex);
		}
	}

	/** One full comparison: makes both maps match the registry. */
	Repairs reconcile() {
		// keys first, registry second: a route published after the keys were read is not
		// mistaken for one the registry does not know
		Set<String> idKeys = Set.copyOf(this.byTenantId.keySet());
		Set<String> hostKeys = Set.copyOf(this.byHost.keySet());
		Map<String, Tenant> routed = bySlug(this.registry.inStatus(Tenant.Status.ACTIVE, Tenant.Status.SUSPENDED));
		List<Tenant> provisioningNow = this.registry.inStatus(Tenant.Status.PROVISIONING);

		Map<String, TenantRoute> expected = new HashMap<>();
		routed.values()
			.forEach((tenant) -> knownRoute(tenant).ifPresent((route) -> expected.put(tenant.slug(), route)));
		int republished = republishDiffering(expected);

		Set<String> knownIds = new HashSet<>(expected.keySet());
		Set<String> knownHosts = expected.values().stream().map(TenantRoute::host).collect(Collectors.toSet());
		provisioningNow.forEach((tenant) -> knownRoute(tenant).ifPresent((route) -> {
			knownIds.add(route.tenantId());
			knownHosts.add(route.host());
		}));
		if (knownIds.size() < routed.size() + provisioningNow.size()) {
			// a tenant whose route cannot be derived must not lose the route it has
			return new Repairs(republished, 0);
		}
		int removed = removeUnknown(this.byTenantId, idKeys, knownIds)
				+ removeUnknown(this.byHost, hostKeys, knownHosts);
		return new Repairs(republished, removed);
	}

	private Optional<TenantRoute> knownRoute(Tenant tenant) {
		try {
			return Optional.of(expectedRoute(tenant));
		}
		catch (IllegalArgumentException ex) {
			// one malformed registry row must not stop the repair of every other tenant
			log.error("Cannot derive the route of tenant {} from the registry: {}", tenant.slug(), ex.getMessage());
			return Optional.empty();
		}
	}

	private int republishDiffering(Map<String, TenantRoute> expected) {
		Map<String, TenantRoute> actualById = this.byTenantId.getAll(expected.keySet());
		Map<String, TenantRoute> actualByHost = this.byHost
			.getAll(expected.values().stream().map(TenantRoute::host).collect(Collectors.toSet()));
		int republished = 0;
		for (TenantRoute route : expected.values()) {
			if (matches(route, actualById.get(route.tenantId()), actualByHost.get(route.host()))) {
				continue;
			}
			// read again: a suspension may have changed the tenant since the pass began
			Optional<Tenant> now = this.registry.find(route.tenantId()).filter(RouteReconciler::isRouted);
			if (now.isPresent() && republish(now.get())) {
				republished++;
			}
		}
		return republished;
	}

	private boolean republish(Tenant tenant) {
		TenantRoute route = expectedRoute(tenant);
		if (matches(route, this.byTenantId.get(route.tenantId()), this.byHost.get(route.host()))) {
			return false;
		}
		log.warn("The route of tenant {} was missing or differed from the registry; republishing it", tenant.slug());
		this.provisioning.publishRoute(tenant.order(), routeStatus(tenant), shard(tenant));
		return true;
	}

	private static int removeUnknown(IMap<String, TenantRoute> map, Set<String> keys, Set<String> known) {
		int removed = 0;
		for (String key : keys) {
			if (known.contains(key)) {
				continue;
			}
			TenantRoute seen = map.get(key);
			// only the entry seen, so a route published meanwhile stays
			if (seen != null && map.remove(key, seen)) {
				log.warn("Removed the route {} -> {}: the registry routes no such tenant", key, seen.tenantId());
				removed++;
			}
		}
		return removed;
	}

	private TenantRoute expectedRoute(Tenant tenant) {
		return this.provisioning.routeOf(tenant.order(), routeStatus(tenant), shard(tenant));
	}

	private static boolean matches(TenantRoute expected, TenantRoute byId, TenantRoute byHost) {
		return Objects.equals(expected, byId) && Objects.equals(expected, byHost);
	}

	private static boolean isRouted(Tenant tenant) {
		return tenant.status() == Tenant.Status.ACTIVE || tenant.status() == Tenant.Status.SUSPENDED;
	}

	// the registry says where the schema lives; a routed tenant without a shard predates
	// shards and lives on the only database there was
	private static String shard(Tenant tenant) {
		return (tenant.shard() != null) ? tenant.shard() : TenantRoute.DEFAULT_SHARD;
	}

	private static TenantStatus routeStatus(Tenant tenant) {
		return (tenant.status() == Tenant.Status.SUSPENDED) ? TenantStatus.SUSPENDED : TenantStatus.ACTIVE;
	}

	private static Map<String, Tenant> bySlug(List<Tenant> tenants) {
		return tenants.stream().collect(Collectors.toMap(Tenant::slug, (tenant) -> tenant));
	}

	/** What one pass changed. */
	record Repairs(int republished, int removed) {

		boolean isNone() {
			return this.republished == 0 && this.removed == 0;
		}

	}

}
