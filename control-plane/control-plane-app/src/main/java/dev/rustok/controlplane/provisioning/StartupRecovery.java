package dev.rustok.controlplane.provisioning;

import java.util.List;
import java.util.concurrent.ExecutorService;

import dev.rustok.controlplane.registry.Tenant;
import dev.rustok.controlplane.registry.TenantRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * After start-up, off the critical path: resumes every tenant a crash left half
 * provisioned. The routes of active and suspended tenants (empty maps after a full
 * cluster restart) are republished by {@link RouteReconciler}, whose first pass runs at
 * the same moment.
 */
@Component
class StartupRecovery {

	private static final Logger log = LoggerFactory.getLogger(StartupRecovery.class);

	private final TenantRegistry registry;

	private final TenantProvisioner provisioner;

	private final ExecutorService runs;

	StartupRecovery(TenantRegistry registry, TenantProvisioner provisioner, ExecutorService provisioningRuns) {
		this.registry = registry;
		this.provisioner = provisioner;
		this.runs = provisioningRuns;
	}

	@EventListener(ApplicationReadyEvent.class)
	void recover() {
		this.runs.execute(() -> {
			try {
				List<Tenant> unfinished = this.registry.inStatus(Tenant.Status.PROVISIONING);
				log.info("Start-up recovery: resuming {} tenants left provisioning", unfinished.size());
				unfinished.forEach((tenant) -> this.provisioner.start(tenant.slug()));
			}
			catch (RuntimeException ex) {
				log.error("Start-up recovery failed; tenants left provisioning resume at the next start", ex);
			}
		});
	}

}
