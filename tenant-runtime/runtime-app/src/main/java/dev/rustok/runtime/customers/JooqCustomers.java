package dev.rustok.runtime.customers;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import dev.rustok.runtime.schema.tables.records.CustomerAddressRecord;
import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.tenancy.TenantDsl;
import org.jooq.DSLContext;

import org.springframework.stereotype.Component;

import static dev.rustok.runtime.schema.Tables.CUSTOMER_ADDRESS;
import static dev.rustok.runtime.schema.Tables.CUSTOMER_PROFILE;

/**
 * Profiles and addresses in V14's {@code customer_*} tables through {@link TenantDsl}.
 */
@Component
class JooqCustomers implements Customers {

	private final TenantDsl dsl;

	JooqCustomers(TenantDsl dsl) {
		this.dsl = dsl;
	}

	@Override
	public Customer upsert(Tenant tenant, CustomerIdentity identity, Instant now) {
		var row = sql(tenant).insertInto(CUSTOMER_PROFILE)
			.set(CUSTOMER_PROFILE.SUBJECT, identity.subject().value())
			.set(CUSTOMER_PROFILE.EMAIL, identity.email())
			.set(CUSTOMER_PROFILE.NAME, identity.name())
			.set(CUSTOMER_PROFILE.CREATED_AT, stored(now))
			.set(CUSTOMER_PROFILE.UPDATED_AT, stored(now))
			.onConflict(CUSTOMER_PROFILE.SUBJECT)
			.doUpdate()
			.set(CUSTOMER_PROFILE.EMAIL, identity.email())
			.returning()
			.fetchSingle();
		return new Customer(identity.subject(), row.getEmail(), row.getName(),
				Optional.ofNullable(row.getDefaultAddressId()).map(AddressId::new));
	}

	@Override
	public void rename(Tenant tenant, CustomerSubject subject, String name, Instant now) {
		sql(tenant).update(CUSTOMER_PROFILE)
			.set(CUSTOMER_PROFILE.NAME, name)
			.set(CUSTOMER_PROFILE.UPDATED_AT, stored(now))
			.where(CUSTOMER_PROFILE.SUBJECT.eq(subject.value()))
			.execute();
	}

	@Override
	public void chooseDefaultAddress(Tenant tenant, CustomerSubject subject, Optional<AddressId> address, Instant now) {
		sql(tenant).update(CUSTOMER_PROFILE)
			.set(CUSTOMER_PROFILE.DEFAULT_ADDRESS_ID, address.map(AddressId::value).orElse(null))
			.set(CUSTOMER_PROFILE.UPDATED_AT, stored(now))
			.where(CUSTOMER_PROFILE.SUBJECT.eq(subject.value()))
			.execute();
	}

	@Override
	public List<Address> addresses(Tenant tenant, CustomerSubject subject) {
		return sql(tenant).selectFrom(CUSTOMER_ADDRESS)
			.where(CUSTOMER_ADDRESS.SUBJECT.eq(subject.value()))
			.orderBy(CUSTOMER_ADDRESS.CREATED_AT, CUSTOMER_ADDRESS.ID)
			.fetch(JooqCustomers::address);
	}

	@Override
	public int addressCount(Tenant tenant, CustomerSubject subject) {
		return sql(tenant).fetchCount(CUSTOMER_ADDRESS, CUSTOMER_ADDRESS.SUBJECT.eq(subject.value()));
	}

	@Override
	public void insertAddress(Tenant tenant, CustomerSubject subject, Address address, Instant now) {
		sql(tenant).insertInto(CUSTOMER_ADDRESS)
			.set(CUSTOMER_ADDRESS.ID, address.id().value())
			.set(CUSTOMER_ADDRESS.SUBJECT, subject.value())
			.set(CUSTOMER_ADDRESS.RECIPIENT, address.recipient())
			.set(CUSTOMER_ADDRESS.LINE1, address.line1())
			.set(CUSTOMER_ADDRESS.LINE2, address.line2())
			.set(CUSTOMER_ADDRESS.POSTAL_CODE, address.postalCode())
			.set(CUSTOMER_ADDRESS.CITY, address.city())
			.set(CUSTOMER_ADDRESS.REGION, address.region())
			.set(CUSTOMER_ADDRESS.COUNTRY, address.country())
			.set(CUSTOMER_ADDRESS.PHONE, address.phone())
			.set(CUSTOMER_ADDRESS.CREATED_AT, stored(now))
			.execute();
	}

	@Override
	public boolean updateAddress(Tenant tenant, CustomerSubject subject, Address address) {
		return sql(tenant).update(CUSTOMER_ADDRESS)
			.set(CUSTOMER_ADDRESS.RECIPIENT, address.recipient())
			.set(CUSTOMER_ADDRESS.LINE1, address.line1())
			.set(CUSTOMER_ADDRESS.LINE2, address.line2())
			.set(CUSTOMER_ADDRESS.POSTAL_CODE, address.postalCode())
			.set(CUSTOMER_ADDRESS.CITY, address.city())
			.set(CUSTOMER_ADDRESS.REGION, address.region())
			.set(CUSTOMER_ADDRESS.COUNTRY, address.country())
			.set(CUSTOMER_ADDRESS.PHONE, address.phone())
			.where(CUSTOMER_ADDRESS.ID.eq(address.id().value()))
			.and(CUSTOMER_ADDRESS.SUBJECT.eq(subject.value()))
			.execute() == 1;
	}

	@Override
	public boolean deleteAddress(Tenant tenant, CustomerSubject subject, AddressId address, Instant now) {
		DSLContext sql = sql(tenant);
		sql.update(CUSTOMER_PROFILE)
			.setNull(CUSTOMER_PROFILE.DEFAULT_ADDRESS_ID)
			.set(CUSTOMER_PROFILE.UPDATED_AT, stored(now))
			.where(CUSTOMER_PROFILE.SUBJECT.eq(subject.value()))
			.and(CUSTOMER_PROFILE.DEFAULT_ADDRESS_ID.eq(address.value()))
			.execute();
		return sql.deleteFrom(CUSTOMER_ADDRESS)
			.where(CUSTOMER_ADDRESS.ID.eq(address.value()))
			.and(CUSTOMER_ADDRESS.SUBJECT.eq(subject.value()))
			.execute() == 1;
	}

	private static Address address(CustomerAddressRecord row) {
		return new Address(new AddressId(row.getId()), row.getRecipient(), row.getLine1(), row.getLine2(),
				row.getPostalCode(), row.getCity(), row.getRegion(), row.getCountry(), row.getPhone());
	}

	private DSLContext sql(Tenant tenant) {
		return this.dsl.of(tenant);
	}

	private static OffsetDateTime stored(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
