package dev.rustok.controlplane.api;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The issuers a realm's tokens are accepted under (docs/adr/0107): its issuer at the
 * public URL ({@code auth.<domain>}, docs/adr/0091) and, while a realm's switch-over may
 * still be under way, its issuer at Keycloak's own address, the one it had before its
 * {@code frontendUrl} moved (docs/adr/0097). Both name the same realm, whose own keys
 * sign the token: another realm's token fails under either.
 *
 * @param current the realm's addresses as browsers reach them (the public URL)
 * @param own the realm's addresses at Keycloak's own URL
 * @param ownAccepted whether a token issued under Keycloak's own URL is still accepted
 */
public record RealmIssuers(RealmEndpoints current, RealmEndpoints own, boolean ownAccepted) {

	public RealmIssuers {
		Objects.requireNonNull(current, "current");
		Objects.requireNonNull(own, "own");
	}

	/**
	 * Every issuer a token of {@code realm} may carry: one, or two when Keycloak's own
	 * address differs from the public one and is still accepted.
	 */
	public Set<String> of(String realm) {
		Set<String> accepted = new LinkedHashSet<>();
		accepted.add(this.current.issuer(realm));
		if (this.ownAccepted) {
			accepted.add(this.own.issuer(realm));
		}
		return Set.copyOf(accepted);
	}

}
