package dev.rustok.runtime.staff;

import java.security.SecureRandom;

/**
 * A one-time password for a new staff member, shown once to whoever added them and to be
 * replaced at first sign-in (docs/adr/0079). 20 characters of 57 (no look-alikes such as
 * 0/O, 1/l/I): about 117 bits, and always within the shop realm's password policy (12 to
 * 128 characters, not the email).
 */
record TemporaryPassword(String value) {

	private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	static TemporaryPassword generate() {
		StringBuilder value = new StringBuilder(20);
		for (int i = 0; i < 20; i++) {
			value.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return new TemporaryPassword(value.toString());
	}

	@Override
	public String toString() {
		return "TemporaryPassword[hidden]";
	}

}
