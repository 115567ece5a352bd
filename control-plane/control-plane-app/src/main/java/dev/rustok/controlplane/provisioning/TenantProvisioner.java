package dev.rustok.controlplane.provisioning;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.rustok.controlplane.registry.FailureCode;
import dev.rustok.controlplane.registry.Tenant;
import dev.rustok.controlplane.registry.TenantRegistry;
import dev.rustok.provisioning.ProvisioningFailed;
import dev.rustok.provisioning.ProvisioningProgress;
import dev.rustok.provisioning.ProvisioningStep;
import dev.rustok.provisioning.TenantProvisioning;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Runs provisioning for registered tenants in the background and records each step in the
 * registry, so the status page shows progress and a restart knows where to resume. A
 * failed attempt is tried again after an exponential pause with jitter
 * ({@link RetrySchedule}), until the attempts run out and the tenant is {@code FAILED}.
 */
@Component
public class TenantProvisioner {

	private static final Logger log = LoggerFactory.getLogger(TenantProvisioner.class);

	private final TenantProvisioning provisioning;

	private final TenantRegistry registry;

	private final ExecutorService runs;

	private final RetrySchedule retries;

	private final ScheduledExecutorService timer = Executors
		.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("provisioning-retries").factory());

	private final Set<String> running = ConcurrentHashMap.newKeySet();

	TenantProvisioner(TenantProvisioning provisioning, TenantRegistry registry, ExecutorService provisioningRuns,
			RetrySchedule retries) {
		this.provisioning = provisioning;
		this.registry = registry;
		this.runs = provisioningRuns;
		this.retries = retries;
	}

	/**
	 * Starts provisioning the tenant in the background, unless this process is already
	 * doing so. Does nothing for a tenant that is not {@link Tenant.Status#PROVISIONING}
	 * by the time the run begins.
	 */
	public void start(String slug) {
		if (this.running.add(slug)) {
			this.runs.execute(() -> {
				try {
					run(slug);
				}
				catch (RuntimeException ex) {
					// the registry itself failed (the database is down): nothing could be
					// recorded, and the tenant, still PROVISIONING, is resumed at the
					// next
					// start
					log.error("Could not record provisioning of tenant {}; resumed at the next start", slug, ex);
				}
				finally {
					this.running.remove(slug);
				}
			});
		}
	}

	@PreDestroy
	void stop() {
		// a retry that is due later is resumed by the next start-up
		this.timer.shutdownNow();
	}

	private void run(String slug) {
		Tenant tenant = this.registry.find(slug).orElse(null);
		if (tenant == null || tenant.status() != Tenant.Status.PROVISIONING) {
			return;
		}
		try {
			this.provisioning.provision(tenant.order(), new RecordedProgress(slug));
			this.registry.activated(slug);
		}
		catch (ProvisioningFailed ex) {
			failed(tenant, FailureCode.of(ex.step()), ex.getMessage(), ex);
		}
		catch (RuntimeException ex) {
			log.error("Provisioning tenant {} failed unexpectedly", slug, ex);
			this.registry.failed(slug, FailureCode.INTERNAL_ERROR, "Unexpected " + ex);
		}
	}

	/** Each step, and where the schema lives at which version, into the registry. */
	private final class RecordedProgress implements ProvisioningProgress {

		private final String slug;

		RecordedProgress(String slug) {
			this.slug = slug;
		}

		@Override
		public void stepDone(ProvisioningStep step) {
			TenantProvisioner.this.registry.stepDone(this.slug, step);
		}

		@Override
		public void schemaMigrated(String shard, String schemaVersion) {
			TenantProvisioner.this.registry.schemaMigrated(this.slug, shard, schemaVersion);
		}

	}

	// every ProvisioningFailed is treated as transient: each step is idempotent, so an
	// attempt too many costs little, and the number of attempts is bounded
	private void failed(Tenant tenant, FailureCode code, String details, ProvisioningFailed failure) {
		int failedAttempts = tenant.attempts() + 1;
		Duration pause = this.retries.pauseAfter(failedAttempts);
		if (pause == null) {
			log.warn("Provisioning tenant {} failed ({}), attempt {} of {}; giving up until an admin retries: {}",
					tenant.slug(), code.code(), failedAttempts, this.retries.maxAttempts(), details, failure);
			this.registry.failed(tenant.slug(), code, details);
			return;
		}
		log.warn("Provisioning tenant {} failed ({}), attempt {} of {}; trying again in {} ms: {}", tenant.slug(),
				code.code(), failedAttempts, this.retries.maxAttempts(), pause.toMillis(), details, failure);
		this.registry.retryLater(tenant.slug(), code, details, Instant.now().plus(pause));
		this.timer.schedule(() -> start(tenant.slug()), pause.toMillis(), TimeUnit.MILLISECONDS);
	}

}
