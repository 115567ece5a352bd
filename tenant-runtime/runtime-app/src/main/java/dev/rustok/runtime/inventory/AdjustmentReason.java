package dev.rustok.runtime.inventory;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Why on-hand stock changed. Merchants adjust with {@code received}, {@code damaged},
 * {@code correction} or {@code returned}; {@code sold} is written when checkout commits a
 * reservation.
 */
public enum AdjustmentReason {

	RECEIVED, DAMAGED, CORRECTION, SOLD, RETURNED;

	/** The lower-case code stored and shown in the API. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The reason with this exact code, if any. */
	public static Optional<AdjustmentReason> ofCode(String code) {
		return Arrays.stream(values()).filter((reason) -> reason.code().equals(code)).findFirst();
	}

	static String codes() {
		return Arrays.stream(values()).map(AdjustmentReason::code).collect(Collectors.joining(", "));
	}

}
