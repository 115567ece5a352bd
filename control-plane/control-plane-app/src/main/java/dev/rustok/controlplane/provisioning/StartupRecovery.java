package dev.rustok.controlplane.provisioning;

import java.util.List;
import java.util.concurrent.ExecutorService;

import dev.rustok.controlplane.api.TenantStatus;
import dev.rustok.controlplane.registry.Tenant;
import dev.rustok.controlplane.registry.TenantRegistry;
import dev.rustok.provisioning.TenantProvisioning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After start-up, off the critical path: republishes the route of every active or
 * suspended tenant (the Hazelcast maps are a projection of the registry and are empty
 * after a full cluster restart), then resumes every tenant a crash left half provisioned.
 */
@Component
class StartupRecovery {

	private static final Logger log = LoggerFactory.getLogger(StartupRecovery.class);

	private final TenantRegistry registry;

	private final TenantProvisioning provisioning;

	private final TenantProvisioner provisioner;

	private final ExecutorService runs;

	StartupRecovery(TenantRegistry registry, TenantProvisioning provisioning, TenantProvisioner provisioner,
			ExecutorService provisioningRuns) {
		this.registry = registry;
		this.provisioning = provisioning;
		this.provisioner = provisioner;
		this.runs = provisioningRuns;
	}

	@EventListener(ApplicationReadyEvent.class)
	void recover() {
		this.runs.execute(() -> {
			try {
				List<Tenant> routed = this.registry.inStatus(Tenant.Status.ACTIVE, Tenant.Status.SUSPENDED);
				routed.forEach((tenant) -> this.provisioning.publishRoute(tenant.order(), routeStatus(tenant)));
				List<Tenant> unfinished = this.registry.inStatus(Tenant.Status.PROVISIONING);
				log.info("Start-up recovery: republished {} tenant routes, resuming {} tenants left provisioning",
						routed.size(), unfinished.size());
				unfinished.forEach((tenant) -> this.provisioner.start(tenant.slug()));
			}
			catch (RuntimeException ex) {
				log.error("Start-up recovery failed; tenant routes may be missing until the next start", ex);
			}
		});
	}

	private static TenantStatus routeStatus(Tenant tenant) {
		return (tenant.status() == Tenant.Status.SUSPENDED) ? TenantStatus.SUSPENDED : TenantStatus.ACTIVE;
	}

}
