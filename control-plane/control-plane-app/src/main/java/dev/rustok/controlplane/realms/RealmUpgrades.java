package dev.rustok.controlplane.realms;

import java.util.List;
import java.util.Optional;

import dev.rustok.controlplane.registry.Tenant;
import dev.rustok.controlplane.registry.TenantRegistry;
import dev.rustok.provisioning.ProvisioningFailed;
import dev.rustok.provisioning.RealmUpgrade;
import dev.rustok.provisioning.TenantProvisioning;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Facade: brings the realm of every active shop up to what provisioning makes today
 * ({@link TenantProvisioning#upgradeRealm}), one realm after the other in the background,
 * going on past a realm that fails and recording why (docs/adr/0097). One run at a time
 * across every node; a second start while one runs answers that run.
 */
@Service
public class RealmUpgrades {

	private static final Logger log = LoggerFactory.getLogger(RealmUpgrades.class);

	private final TenantRegistry registry;

	private final TenantProvisioning provisioning;

	private final RealmUpgradeRuns runs;

	private volatile Thread running;

	RealmUpgrades(TenantRegistry registry, TenantProvisioning provisioning, RealmUpgradeRuns runs) {
		this.registry = registry;
		this.provisioning = provisioning;
		this.runs = runs;
	}

	/**
	 * Starts upgrading the realm of every shop active now, unless a run is under way.
	 * @param startedBy who asked, for the status and the log
	 * @return the run now under way, this one or the one that was
	 */
	public RealmUpgradeStatus start(String startedBy) {
		List<Tenant> active = this.registry.inStatus(Tenant.Status.ACTIVE);
		Optional<Long> run = this.runs.begin(startedBy, active.size());
		if (run.isPresent()) {
			log.info("{} started a realm upgrade of {} active shops", startedBy, active.size());
			this.running = Thread.ofVirtual()
				.name("realm-upgrade-" + run.get())
				.start(() -> upgradeEach(run.get(), active));
		}
		return status();
	}

	/** The latest run, under way or finished. */
	public RealmUpgradeStatus status() {
		return this.runs.latest();
	}

	// a run stopped here is reported interrupted; starting again is cheap, as realms
	// already up to date are only read
	@PreDestroy
	void stop() {
		Thread thread = this.running;
		if (thread != null) {
			thread.interrupt();
		}
	}

	private void upgradeEach(long run, List<Tenant> tenants) {
		try {
			for (Tenant tenant : tenants) {
				if (Thread.currentThread().isInterrupted()) {
					this.runs.finish(run, true);
					return;
				}
				upgrade(run, tenant);
			}
			this.runs.finish(run, false);
			log.info("Realm upgrade {} finished: {}", run, status());
		}
		catch (RuntimeException ex) {
			// the registry's database failed: the run stops moving and is reported
			// interrupted once stale
			log.error("Realm upgrade {} stopped: its progress could not be recorded", run, ex);
		}
	}

	private void upgrade(long run, Tenant tenant) {
		RealmUpgrade upgrade;
		try {
			upgrade = this.provisioning.upgradeRealm(tenant.order());
		}
		catch (ProvisioningFailed ex) {
			log.warn("Realm upgrade {}: the realm of tenant {} could not be upgraded: {}", run, tenant.slug(),
					ex.getMessage());
			this.runs.realmFailed(run, tenant.slug(), ex.getMessage());
			return;
		}
		catch (RuntimeException ex) {
			log.error("Realm upgrade {}: the realm of tenant {} failed unexpectedly", run, tenant.slug(), ex);
			this.runs.realmFailed(run, tenant.slug(), "Unexpected " + ex);
			return;
		}
		this.registry.realmUpgraded(tenant.slug());
		this.runs.realmDone(run, upgrade.changed());
	}

}
