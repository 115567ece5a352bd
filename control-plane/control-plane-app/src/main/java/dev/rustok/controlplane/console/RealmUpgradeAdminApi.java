package dev.rustok.controlplane.console;

import java.security.Principal;

import dev.rustok.controlplane.realms.RealmUpgradeStatus;
import dev.rustok.controlplane.realms.RealmUpgrades;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The realm upgrade for platform admins, with a bearer token of the platform realm (see
 * {@link ConsoleSecurity}): start it, then follow its status (docs/adr/0097).
 */
@RestController
@RequestMapping(RealmUpgradeAdminApi.PATH)
class RealmUpgradeAdminApi {

	static final String PATH = ConsoleSecurity.ADMIN_API + "/realm-upgrades";

	private final RealmUpgrades upgrades;

	RealmUpgradeAdminApi(RealmUpgrades upgrades) {
		this.upgrades = upgrades;
	}

	/**
	 * 202 with the run under way: the one this request started, or the one already
	 * running.
	 */
	@PostMapping
	ResponseEntity<RealmUpgradeStatus> start(Principal admin) {
		return ResponseEntity.accepted().body(this.upgrades.start(admin.getName()));
	}

	/** The latest run: state, done of total, the realms that failed and why. */
	@GetMapping
	RealmUpgradeStatus status() {
		return this.upgrades.status();
	}

}
