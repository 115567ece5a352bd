package dev.rustok.provisioning;

import dev.rustok.billing.Plan;
import dev.rustok.controlplane.api.PlatformHosts;
import dev.rustok.controlplane.api.TenantNames;

/**
 * What a new shop needs: everything provisioning creates is derived from it.
 *
 * @param slug the tenant id, validated by {@link TenantSlug}
 * @param shopName the shop's display name
 * @param ownerEmail the owner's email, also their username in the tenant's realm
 * @param ownerPassword the owner's hashed password; {@code null} once the realm exists
 * (the registry discards it then), in which case the realm step only checks that the
 * realm is there
 * @param plan a {@link Plan} code
 */
public record TenantOrder(String slug, String shopName, String ownerEmail, OwnerPassword ownerPassword, String plan) {

	public TenantOrder {
		TenantSlug.problem(slug).ifPresent((reason) -> {
			throw new IllegalArgumentException("slug " + reason);
		});
		if (shopName == null || shopName.isBlank()) {
			throw new IllegalArgumentException("shopName must not be blank");
		}
		if (ownerEmail == null || !ownerEmail.contains("@")) {
			throw new IllegalArgumentException("ownerEmail must be an email address");
		}
		Plan.fromCode(plan);
	}

	/** The PostgreSQL schema holding the tenant's data. */
	public String schema() {
		return TenantNames.schema(this.slug);
	}

	/** The tenant's own Keycloak realm. */
	public String realm() {
		return TenantNames.realm(this.slug);
	}

	/** The storefront host under the platform domain, without port. */
	public String host(String platformDomain) {
		return new PlatformHosts(platformDomain).storefront(this.slug);
	}

}
