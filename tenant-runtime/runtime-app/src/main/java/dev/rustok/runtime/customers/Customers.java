package dev.rustok.runtime.customers;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.rustok.runtime.shared.Tenant;

/** Port: customers' profiles and addresses in the tenant's schema. */
interface Customers {

	/**
	 * The profile, made from {@code identity} when there is none yet; the e-mail follows
	 * the realm's.
	 */
	Customer upsert(Tenant tenant, CustomerIdentity identity, Instant now);

	void rename(Tenant tenant, CustomerSubject subject, String name, Instant now);

	void chooseDefaultAddress(Tenant tenant, CustomerSubject subject, Optional<AddressId> address, Instant now);

	List<Address> addresses(Tenant tenant, CustomerSubject subject);

	int addressCount(Tenant tenant, CustomerSubject subject);

	void insertAddress(Tenant tenant, CustomerSubject subject, Address address, Instant now);

	/**
	 * @return {@code false} when the customer has no such address
	 */
	boolean updateAddress(Tenant tenant, CustomerSubject subject, Address address);

	/**
	 * Deletes the address and clears it as the default.
	 * @return {@code false} when the customer has no such address
	 */
	boolean deleteAddress(Tenant tenant, CustomerSubject subject, AddressId address, Instant now);

}
