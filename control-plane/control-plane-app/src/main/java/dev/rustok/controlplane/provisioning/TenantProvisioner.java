package dev.rustok.controlplane.provisioning;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

import dev.rustok.controlplane.registry.Tenant;
import dev.rustok.controlplane.registry.TenantRegistry;
import dev.rustok.provisioning.ProvisioningFailed;
import dev.rustok.provisioning.TenantProvisioning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Runs provisioning for registered tenants in the background and records each step in the
 * registry, so the status page shows progress and a restart knows where to resume.
 */
@Component
public class TenantProvisioner {

	private static final Logger log = LoggerFactory.getLogger(TenantProvisioner.class);

	private final TenantProvisioning provisioning;

	private final TenantRegistry registry;

	private final ExecutorService runs;

	private final Set<String> running = ConcurrentHashMap.newKeySet();

	TenantProvisioner(TenantProvisioning provisioning, TenantRegistry registry, ExecutorService provisioningRuns) {
		this.provisioning = provisioning;
		this.registry = registry;
		this.runs = provisioningRuns;
	}

	/**
	 * Starts provisioning the tenant in the background, unless this process is already
	 * doing so.
	 */
	public void start(String slug) {
		if (this.running.add(slug)) {
			this.runs.execute(() -> {
				try {
					run(slug);
				}
				finally {
					this.running.remove(slug);
				}
			});
		}
	}

	private void run(String slug) {
		Tenant tenant = this.registry.find(slug).orElseThrow();
		try {
			this.provisioning.provision(tenant.order(), (step) -> this.registry.stepDone(slug, step));
			this.registry.activated(slug);
		}
		catch (ProvisioningFailed ex) {
			log.warn("Provisioning tenant {} failed at step {}: {}", slug, ex.step(), ex.getMessage(), ex);
			this.registry.failed(slug, ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.error("Provisioning tenant {} failed unexpectedly", slug, ex);
			this.registry.failed(slug, "Provisioning stopped because of an internal error; our team has been told.");
		}
	}

}
