package dev.rustok.runtime.inventory;

import dev.rustok.runtime.shared.Tenant;
import dev.rustok.runtime.tenancy.ServedTenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Returns the stock of reservations whose time ran out, shop by shop, so that levels show
 * it as available again even when nobody reserves that variant (reserving also expires
 * lazily). Every node sweeps; rows another node is sweeping are skipped, not waited for.
 */
@Component
class ReservationSweep {

	private static final Logger log = LoggerFactory.getLogger(ReservationSweep.class);

	private final ServedTenants tenants;

	private final Inventory inventory;

	ReservationSweep(ServedTenants tenants, Inventory inventory) {
		this.tenants = tenants;
		this.inventory = inventory;
	}

	@Scheduled(fixedDelayString = "${rustok.inventory.sweep-interval:PT30S}",
			initialDelayString = "${rustok.inventory.sweep-interval:PT30S}")
	void sweep() {
		for (Tenant tenant : this.tenants.all()) {
			try {
				int expired = this.inventory.expireReservations(tenant);
				if (expired > 0) {
					log.info("Expired {} reservations of {}", expired, tenant.id());
				}
			}
			catch (RuntimeException ex) {
				// one shop's failure (a schema not yet migrated) must not stop the others
				log.warn("Could not expire the reservations of {}", tenant.id(), ex);
			}
		}
	}

}
