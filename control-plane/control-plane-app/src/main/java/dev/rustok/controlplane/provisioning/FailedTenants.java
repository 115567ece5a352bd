package dev.rustok.controlplane.provisioning;

import dev.rustok.controlplane.DependencyDown;
import dev.rustok.controlplane.NotFound;
import dev.rustok.controlplane.WrongStatus;
import dev.rustok.controlplane.registry.Tenant;
import dev.rustok.controlplane.registry.TenantRegistry;
import dev.rustok.provisioning.ProvisioningFailed;
import dev.rustok.provisioning.TenantProvisioning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * What a platform admin does with a tenant whose provisioning failed: try again now with
 * a fresh count of attempts, or abandon it, which removes what was built and frees its
 * slug for a new signup.
 */
@Service
public class FailedTenants {

	private static final Logger log = LoggerFactory.getLogger(FailedTenants.class);

	private final TenantRegistry registry;

	private final TenantProvisioner provisioner;

	private final TenantProvisioning provisioning;

	FailedTenants(TenantRegistry registry, TenantProvisioner provisioner, TenantProvisioning provisioning) {
		this.registry = registry;
		this.provisioner = provisioner;
		this.provisioning = provisioning;
	}

	/**
	 * Provisions a failed (or still retrying) tenant again, at once.
	 * @throws NotFound when no tenant has this slug
	 * @throws WrongStatus when the tenant is active or suspended
	 */
	public void retry(String slug, String admin) {
		find(slug);
		if (!this.registry.retryNow(slug)) {
			throw new WrongStatus(
					"The shop '" + slug + "' is not failed or provisioning, so there is nothing to retry");
		}
		log.info("Platform admin {} retries provisioning tenant {}", admin, slug);
		this.provisioner.start(slug);
	}

	/**
	 * Removes a failed tenant's routes, realm and schema, then the tenant itself, so its
	 * slug can be signed up again.
	 * @throws NotFound when no tenant has this slug
	 * @throws WrongStatus when the tenant is not failed
	 * @throws DependencyDown when a part could not be removed; abandoning again resumes
	 */
	public void abandon(String slug, String admin) {
		Tenant tenant = find(slug);
		if (tenant.status() != Tenant.Status.FAILED) {
			throw new WrongStatus("Only a failed shop can be abandoned; '" + slug + "' is " + tenant.status());
		}
		try {
			this.provisioning.abandon(tenant.order());
		}
		catch (ProvisioningFailed ex) {
			throw new DependencyDown("Could not remove everything of the shop '" + slug + "' (" + ex.step()
					+ "); nothing else changed, try again later", ex);
		}
		if (this.registry.forgetFailed(slug)) {
			log.info("Platform admin {} abandoned tenant {}; its slug is free", admin, slug);
		}
	}

	private Tenant find(String slug) {
		return this.registry.find(slug).orElseThrow(() -> new NotFound("No shop has the slug '" + slug + "'"));
	}

}
