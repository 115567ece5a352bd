package dev.rustok.runtime.customers;

import java.util.Objects;

/**
 * Who is signed in, as the shop's realm vouches for them (a token or the session cookie
 * made from one): the profile starts from it.
 *
 * @param name the account's full name, may be empty
 */
public record CustomerIdentity(CustomerSubject subject, String email, String name) {

	public CustomerIdentity {
		Objects.requireNonNull(subject, "subject");
		email = (email != null) ? email : "";
		name = (name != null) ? name : "";
	}

}
