package dev.rustok.controlplane.signup;

import java.util.Arrays;
import java.util.List;

import dev.rustok.billing.Plan;
import dev.rustok.controlplane.FieldError;
import dev.rustok.controlplane.InvalidRequest;
import dev.rustok.controlplane.NotFound;
import dev.rustok.controlplane.provisioning.PlatformProperties;
import dev.rustok.controlplane.provisioning.TenantProvisioner;
import dev.rustok.controlplane.registry.NewTenant;
import dev.rustok.controlplane.registry.TenantRegistry;
import dev.rustok.provisioning.OwnerPassword;

import org.springframework.stereotype.Service;

/**
 * Signing up: validate, register the tenant, and start building the shop in the
 * background.
 */
@Service
class Signups {

	private final SignupRules rules;

	private final TenantRegistry registry;

	private final TenantProvisioner provisioner;

	private final PlatformProperties platform;

	Signups(SignupRules rules, TenantRegistry registry, TenantProvisioner provisioner, PlatformProperties platform) {
		this.rules = rules;
		this.registry = registry;
		this.provisioner = provisioner;
		this.platform = platform;
	}

	SignupAccepted signUp(SignupRequest request) {
		List<FieldError> errors = this.rules.check(request);
		if (!errors.isEmpty()) {
			throw new InvalidRequest(errors);
		}
		char[] password = request.password().toCharArray();
		OwnerPassword hashed = OwnerPassword.hash(password);
		Arrays.fill(password, '\0');
		this.registry.register(
				new NewTenant(request.slug(), request.shopName(), request.ownerEmail(), hashed, Plan.TRIAL.code()));
		this.provisioner.start(request.slug());
		return new SignupAccepted(request.slug(), "PROVISIONING", statusUrl(request.slug()));
	}

	SignupStatus status(String slug) {
		return this.registry.find(slug)
			.map((tenant) -> SignupStatus.of(tenant, this.platform))
			.orElseThrow(() -> new NotFound("No shop has signed up with the slug '" + slug + "'"));
	}

	static String statusUrl(String slug) {
		return "/api/signup/" + slug;
	}

}
