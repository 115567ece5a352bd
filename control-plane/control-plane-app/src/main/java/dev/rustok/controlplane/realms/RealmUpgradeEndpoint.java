package dev.rustok.controlplane.realms;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * The realm upgrade on the management port only (loopback,
 * {@code management.server.address}): an operator's command, as the runtime's
 * {@code reindex} (docs/adr/0066, 0097). {@code ./rustok realms --all} uses it.
 */
@Component
@Endpoint(id = "realms")
class RealmUpgradeEndpoint {

	static final String OPERATOR = "operator (management port)";

	private final RealmUpgrades upgrades;

	RealmUpgradeEndpoint(RealmUpgrades upgrades) {
		this.upgrades = upgrades;
	}

	@ReadOperation
	public RealmUpgradeStatus status() {
		return this.upgrades.status();
	}

	@WriteOperation
	public RealmUpgradeStatus start() {
		return this.upgrades.start(OPERATOR);
	}

}
