package dev.rustok.provisioning;

/**
 * What {@link TenantProvisioning#upgradeRealm} changed in one realm (docs/adr/0097).
 *
 * @param realm the realm upgraded
 * @param signUpOpened customer sign-up was opened now (docs/adr/0075)
 * @param staffAdministrationGranted the staff client got this realm's user management now
 * (docs/adr/0078)
 * @param servedAtPublicUrl the realm's frontend URL, and so its tokens' issuer, moved to
 * the public Keycloak URL now (docs/adr/0091)
 */
public record RealmUpgrade(String realm, boolean signUpOpened, boolean staffAdministrationGranted,
		boolean servedAtPublicUrl) {

	/**
	 * Whether anything in the realm changed; {@code false} for a realm already up to
	 * date.
	 */
	public boolean changed() {
		return this.signUpOpened || this.staffAdministrationGranted || this.servedAtPublicUrl;
	}

}
