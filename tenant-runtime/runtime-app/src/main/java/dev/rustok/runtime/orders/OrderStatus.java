package dev.rustok.runtime.orders;

/** An order state's name, as stored and as the API shows it. */
public enum OrderStatus {

	PENDING, PAID, PARTIALLY_FULFILLED, FULFILLED, DELIVERED, CANCELLED, REFUNDED;

	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public static java.util.Optional<OrderStatus> ofCode(String code) {
		for (OrderStatus status : values()) {
			if (status.code().equals(code)) {
				return java.util.Optional.of(status);
			}
		}
		return java.util.Optional.empty();
	}

}
