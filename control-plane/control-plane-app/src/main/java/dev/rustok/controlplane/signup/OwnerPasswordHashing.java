package dev.rustok.controlplane.signup;

import dev.rustok.provisioning.OwnerPassword;

/**
 * Turns the owner's password into the hash the registry keeps until the realm exists. A
 * port because hashing is the costly part of a signup (about 0.7 s of CPU), which
 * {@link Signups} runs only for a request that can succeed.
 */
@FunctionalInterface
interface OwnerPasswordHashing {

	/** Hashes {@code plain}; the caller wipes the array afterwards. */
	OwnerPassword hash(char[] plain);

}
