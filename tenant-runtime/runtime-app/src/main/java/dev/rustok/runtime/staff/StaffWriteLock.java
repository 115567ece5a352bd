package dev.rustok.runtime.staff;

import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.tenancy.TenantDsl;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Component;

/**
 * One writer of a shop's staff at a time, across every runtime node: a transaction-scoped
 * PostgreSQL advisory lock in the shop's database (the one lock every node already
 * shares, as for products, docs/adr/0049). Staff live in Keycloak, so the transaction
 * holds nothing but this lock; it is released when the write's transaction ends. Writes
 * to staff are rare and take a Keycloak round trip or three, so they simply queue: the
 * quota and the last owner are both read under it.
 */
@Component
class StaffWriteLock {

	private final TenantDsl dsl;

	StaffWriteLock(TenantDsl dsl) {
		this.dsl = dsl;
	}

	/** Waits for the shop's lock; must run in a transaction. */
	void hold(Tenant tenant) {
		this.dsl.of(tenant)
			.select(DSL.field("pg_advisory_xact_lock(hashtext({0}))", Object.class,
					DSL.val("staff.write:" + tenant.schema())))
			.fetch();
	}

}
