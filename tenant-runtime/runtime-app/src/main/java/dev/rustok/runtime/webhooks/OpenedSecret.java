package dev.rustok.runtime.webhooks;

/** What a stored endpoint secret opens to on this node (docs/adr/0101). */
sealed interface OpenedSecret {

	/**
	 * The secret; {@code outdated} when it is stored in plain text or under an older key,
	 * and should be sealed again under the current one.
	 */
	record Readable(WebhookSecret secret, boolean outdated) implements OpenedSecret {

	}

	/**
	 * Not opened: the key it names is not configured here, or it was sealed for another
	 * shop or endpoint, or changed. {@code reason} is for the delivery log and never
	 * holds the secret.
	 */
	record Unreadable(String reason) implements OpenedSecret {

	}

}
