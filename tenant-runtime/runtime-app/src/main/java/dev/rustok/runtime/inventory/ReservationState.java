package dev.rustok.runtime.inventory;

import java.util.Locale;

/** A held reservation ends exactly once: committed, released or expired. */
public enum ReservationState {

	HELD, COMMITTED, RELEASED, EXPIRED;

	String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	static ReservationState ofCode(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
