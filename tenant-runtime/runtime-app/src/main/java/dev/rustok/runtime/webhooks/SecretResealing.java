package dev.rustok.runtime.webhooks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.webhooks.OpenedSecret.Readable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals again under the current key the secrets of a claimed batch's endpoints that are
 * still in plain text or under an older key (docs/adr/0101): rows stored before
 * encryption, or before a key rotation, convert as their endpoints get deliveries. In its
 * own transaction after the claim's, so the claim never waits for an endpoint's row.
 */
final class SecretResealing {

	private static final Logger log = LoggerFactory.getLogger(SecretResealing.class);

	private final SealedSecrets secrets;

	private final JooqEndpoints endpoints;

	private final TransactionTemplate transactions;

	SecretResealing(SealedSecrets secrets, JooqEndpoints endpoints, TransactionTemplate transactions) {
		this.secrets = secrets;
		this.endpoints = endpoints;
		this.transactions = transactions;
	}

	void resealOutdated(Tenant tenant, List<DueDelivery> claimed) {
		Map<UUID, String> outdated = new LinkedHashMap<>();
		for (DueDelivery delivery : claimed) {
			if (this.secrets.open(tenant.id(), delivery.endpointId(),
					delivery.storedSecret()) instanceof Readable(WebhookSecret secret, boolean old) && old) {
				outdated.putIfAbsent(delivery.endpointId(), delivery.storedSecret());
			}
		}
		if (outdated.isEmpty()) {
			return;
		}
		try {
			this.transactions.executeWithoutResult((status) -> outdated.forEach((endpoint, stored) -> {
				WebhookSecret secret = ((Readable) this.secrets.open(tenant.id(), endpoint, stored)).secret();
				// only if unchanged: a rotation meanwhile wins
				if (this.endpoints.reseal(tenant, endpoint, stored, this.secrets.seal(tenant.id(), endpoint, secret))) {
					log.info("Signing secret of webhook endpoint {} sealed under the current encryption key", endpoint);
				}
			}));
		}
		catch (RuntimeException failure) {
			// the secrets still open as they are: a later batch tries again
			log.warn("Sealing the signing secrets of shop {} again failed: {}", tenant.id().value(),
					failure.toString());
		}
	}

}
