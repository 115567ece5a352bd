package dev.rustok.runtime.customers;

/** How a return from the shop's realm ended. */
sealed interface SignInOutcome {

	/** A customer of the shop, with the realm's ID token for signing out later. */
	record SignedIn(CustomerIdentity customer, String idToken) implements SignInOutcome {

	}

	/** A staff account (or one without the customer role): not a customer here. */
	record NotACustomer() implements SignInOutcome {

	}

	/** The code was refused, or Keycloak could not be asked; {@code reason} is shown. */
	record Failed(String reason) implements SignInOutcome {

	}

}
