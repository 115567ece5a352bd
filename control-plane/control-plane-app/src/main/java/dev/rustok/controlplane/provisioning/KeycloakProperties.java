package dev.rustok.controlplane.provisioning;

import java.util.Optional;
import java.util.Set;

import dev.rustok.controlplane.api.RealmEndpoints;
import dev.rustok.controlplane.api.RealmIssuers;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code rustok.keycloak.*}: the Keycloak whose admin API creates tenant realms. The
 * admin password comes from the environment or a file; its committed value lives in
 * application-dev.properties only.
 *
 * @param devPasswordGrantClient whether new tenant realms get the {@code rustok-dev-cli}
 * client with the password grant; for tests and the dev launcher only, never in
 * production (the shops' own clients only do the browser login with PKCE)
 * @param publicUrl Keycloak as browsers reach it when not at {@code url}: the gateway's
 * {@code http(s)://auth.<domain>[:port]}, which new shop realms and the platform realm
 * get as their frontend URL (docs/adr/0091, 0106); unset, they keep Keycloak's own
 * address
 * @param ownIssuerAccepted whether a platform admin's token issued under {@code url}
 * (before the platform realm moved to {@code publicUrl}) is still accepted
 * (docs/adr/0107)
 */
@ConfigurationProperties("rustok.keycloak")
public record KeycloakProperties(@DefaultValue("http://127.0.0.1:8180") String url,
		@DefaultValue("admin") String adminUsername, String adminPassword,
		@DefaultValue("false") boolean devPasswordGrantClient, String publicUrl,
		@DefaultValue("true") boolean ownIssuerAccepted) {

	/** Where browsers are sent to sign in, which names the tokens' issuer. */
	public RealmEndpoints browserEndpoints() {
		return new RealmEndpoints(publicAddress().orElse(this.url));
	}

	/** Where this control plane calls Keycloak itself: keys, code exchange. */
	public RealmEndpoints backChannelEndpoints() {
		return new RealmEndpoints(this.url);
	}

	/** The public URL, when browsers reach Keycloak through the gateway's auth host. */
	public Optional<String> publicAddress() {
		return Optional.ofNullable(this.publicUrl).filter((address) -> !address.isBlank());
	}

	/**
	 * The issuers a token of {@code realm} may carry: the browsers' one and, during a
	 * switch-over, Keycloak's own (docs/adr/0107).
	 */
	public Set<String> acceptedIssuers(String realm) {
		return new RealmIssuers(browserEndpoints(), backChannelEndpoints(), this.ownIssuerAccepted).of(realm);
	}

	@Override
	public String toString() {
		return "KeycloakProperties[url=" + this.url + ", adminUsername=" + this.adminUsername
				+ ", devPasswordGrantClient=" + this.devPasswordGrantClient + ", publicUrl=" + this.publicUrl
				+ ", ownIssuerAccepted=" + this.ownIssuerAccepted + "]";
	}

}
