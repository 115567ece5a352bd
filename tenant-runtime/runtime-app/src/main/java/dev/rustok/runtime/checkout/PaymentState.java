package dev.rustok.runtime.checkout;

import java.util.Arrays;

/** What became of the payment of a completed checkout's order. */
public enum PaymentState {

	/** Taken: the order is paid and its stock sold. */
	PAID("paid"),
	/** The money comes later (manual payment: cash on delivery, transfer). */
	AWAITING("awaiting"),
	/** The provider could not be asked: the order stays pending, payable later. */
	UNAVAILABLE("unavailable"),
	/** The provider refused: the order stays pending. */
	DECLINED("declined");

	private final String code;

	PaymentState(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	static PaymentState ofCode(String code) {
		return Arrays.stream(values()).filter((state) -> state.code.equals(code)).findFirst().orElse(null);
	}

	/** Whether asking the provider again could change anything. */
	boolean settled() {
		return this == PAID || this == AWAITING;
	}

}
