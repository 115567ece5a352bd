package dev.rustok.controlplane.signup;

import dev.rustok.provisioning.OwnerPassword;

import org.springframework.stereotype.Component;

/** PBKDF2 as Keycloak stores it, see {@link OwnerPassword}. */
@Component
class Pbkdf2OwnerPasswordHashing implements OwnerPasswordHashing {

	@Override
	public OwnerPassword hash(char[] plain) {
		return OwnerPassword.hash(plain);
	}

}
