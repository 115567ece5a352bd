package dev.rustok.controlplane.console;

import java.time.Duration;

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
	 * Keycloak, on different ports, share the realm). Users and roles of an existing
	 * realm are left alone.
	 */
	Outcome ensure() {
		String redirectUri = this.consoleHost.loginRedirectUris();
		if (this.realms.importRealm(PlatformRealm.of(this.console, redirectUri))) {
			return Outcome.CREATED;
		}
		return this.realms.addRedirectUri(this.console.realm(), PlatformRealm.CONSOLE_CLIENT, redirectUri)
				? Outcome.REDIRECT_ADDED : Outcome.UNCHANGED;
	}

}
