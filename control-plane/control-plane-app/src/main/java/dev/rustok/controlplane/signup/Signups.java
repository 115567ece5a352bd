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
 * Signing up: validate, reserve the slug, hash the owner's password, and start building
 * the shop in the background.
 */
@Service
public class Signups {

	/** The owner's password policy in words, for the portal. */
	public static final String PASSWORD_POLICY = OwnerPasswordPolicy.DESCRIPTION;

	private final SignupRules rules;

	private final TenantRegistry registry;

	private final TenantProvisioner provisioner;

	private final PlatformProperties platform;

	private final OwnerPasswordHashing hashing;

	Signups(SignupRules rules, TenantRegistry registry, TenantProvisioner provisioner, PlatformProperties platform,
			OwnerPasswordHashing hashing) {
		this.rules = rules;
		this.registry = registry;
		this.provisioner = provisioner;
		this.platform = platform;
		this.hashing = hashing;
	}

	/**
	 * Accepts a signup: the shop is built in the background.
	 * @throws InvalidRequest naming every bad field
	 * @throws dev.rustok.controlplane.AlreadyExists when the slug is taken
	 */
	public SignupAccepted signUp(SignupRequest request) {
		List<FieldError> errors = this.rules.check(request);
		if (!errors.isEmpty()) {
			throw new InvalidRequest(errors);
		}
		// the cheap checks and the slug reservation come first: a request bound to fail
		// never pays for the hash
		this.registry
			.reserve(new NewTenant(request.slug(), request.shopName(), request.ownerEmail(), Plan.TRIAL.code()));
		this.registry.storeOwnerPassword(request.slug(), hash(request));
		this.provisioner.start(request.slug());
		return new SignupAccepted(request.slug(), "PROVISIONING", statusUrl(request.slug()));
	}

	private OwnerPassword hash(SignupRequest request) {
		char[] password = request.password().toCharArray();
		try {
			return this.hashing.hash(password);
		}
		catch (RuntimeException ex) {
			this.registry.releaseReservation(request.slug());
			throw ex;
		}
		finally {
			Arrays.fill(password, '\0');
		}
	}

	/**
	 * How far the signup of this slug got, for the public.
	 * @throws NotFound when nobody signed up with it
	 */
	public SignupStatus status(String slug) {
		return this.registry.find(slug)
			.map((tenant) -> SignupStatus.of(tenant, this.platform))
			.orElseThrow(() -> new NotFound("No shop has signed up with the slug '" + slug + "'"));
	}

	static String statusUrl(String slug) {
		return "/api/signup/" + slug;
	}

}
