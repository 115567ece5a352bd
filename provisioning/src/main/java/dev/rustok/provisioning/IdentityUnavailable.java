package dev.rustok.provisioning;

/**
 * The identity provider could not do what {@link TenantRealms} was asked: it is down,
 * slow, or refused. The message says which action failed and why, for logs and the
 * console; it never carries a password.
 */
public class IdentityUnavailable extends RuntimeException {

	public IdentityUnavailable(String message, Throwable cause) {
		super(message, cause);
	}

}
