package dev.rustok.controlplane.console;

import java.time.Duration;
import java.util.Optional;

import dev.rustok.controlplane.provisioning.KeycloakProperties;
import dev.rustok.provisioning.TenantRealms;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes sure the platform admins' realm exists, after start-up and off the critical path:
 * the portal and the signup API do not need it, so the control plane starts even while
 * Keycloak is down and keeps trying until Keycloak answers.
 */
@Component
class PlatformRealmSetup {

	private static final Logger log = LoggerFactory.getLogger(PlatformRealmSetup.class);

	private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

	private final KeycloakProperties keycloak;

	private final ConsoleProperties console;

	private final ConsoleHost consoleHost;

	private final TenantRealms realms;

	private volatile Thread attempts;

	PlatformRealmSetup(TenantRealms realms, KeycloakProperties keycloak, ConsoleProperties console,
			ConsoleHost consoleHost) {
		this.realms = realms;
		this.keycloak = keycloak;
		this.console = console;
		this.consoleHost = consoleHost;
	}

	/** What {@link #ensure()} found and did. */
	enum Outcome {

		/** The realm did not exist and was created complete. */
		CREATED,
		/** The realm existed; its console client lacked this console's address. */
		REDIRECT_ADDED,
		/**
		 * The realm existed; it is now served at the public URL, {@code auth.<domain>}
		 * (docs/adr/0106), and its console client has this console's address.
		 */
		MOVED_TO_THE_PUBLIC_URL,
		/** The realm existed as needed; nothing changed. */
		UNCHANGED

	}

	@EventListener(ApplicationReadyEvent.class)
	void setUpInTheBackground() {
		this.attempts = Thread.ofVirtual().name("platform-realm-setup").start(this::ensureUntilDone);
	}

	@PreDestroy
	void stop() {
		Thread running = this.attempts;
		if (running != null) {
			running.interrupt();
		}
	}

	private void ensureUntilDone() {
		Duration pause = Duration.ofSeconds(1);
		while (!Thread.currentThread().isInterrupted()) {
			try {
				Outcome outcome = ensure();
				log.info("Platform realm '{}' for the console at {}: {}", this.console.realm(),
						this.consoleHost.baseUrl(), outcome);
				return;
			}
			catch (RuntimeException ex) {
				log.warn("Could not set up the platform realm '{}' in Keycloak at {} ({}); retrying in {} s",
						this.console.realm(), this.keycloak.url(), ex.getMessage(), pause.toSeconds());
			}
			try {
				Thread.sleep(pause);
			}
			catch (InterruptedException ex) {
				return;
			}
			pause = (pause.compareTo(LONGEST_PAUSE) < 0) ? pause.multipliedBy(2) : LONGEST_PAUSE;
		}
	}

	/**
	 * Creates the realm in one import when it is missing; when it exists, only adds this
	 * console's address to the console client's redirect URIs (several platforms on one
	 * Keycloak, on different ports, share the realm) and, with a public URL set, makes it
	 * the realm's frontend URL (docs/adr/0106). Users and roles of an existing realm are
	 * left alone.
	 */
	Outcome ensure() {
		String redirectUri = this.consoleHost.loginRedirectUris();
		Optional<String> publicUrl = this.keycloak.publicAddress();
		if (this.realms.importRealm(PlatformRealm.of(this.console, redirectUri, publicUrl))) {
			return Outcome.CREATED;
		}
		boolean redirectAdded = this.realms.addRedirectUri(this.console.realm(), PlatformRealm.CONSOLE_CLIENT,
				redirectUri);
		// moving the issuer ends the admins' sessions with Keycloak, once: a handful of
		// people, signed in again at the next page (docs/adr/0106)
		boolean moved = publicUrl.map((address) -> this.realms.serveAt(this.console.realm(), address)).orElse(false);
		if (moved) {
			return Outcome.MOVED_TO_THE_PUBLIC_URL;
		}
		return redirectAdded ? Outcome.REDIRECT_ADDED : Outcome.UNCHANGED;
	}

}
