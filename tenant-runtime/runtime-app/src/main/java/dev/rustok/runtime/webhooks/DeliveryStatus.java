package dev.rustok.runtime.webhooks;

import java.util.Locale;

/**
 * Where a delivery stands: waiting for its next attempt, answered with a 2xx, given up
 * after its last attempt, or dropped because its endpoint was disabled.
 */
enum DeliveryStatus {

	PENDING, DELIVERED, FAILED, ABANDONED;

	String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	static DeliveryStatus ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
