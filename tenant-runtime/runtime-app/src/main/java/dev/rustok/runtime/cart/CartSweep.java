package dev.rustok.runtime.cart;

import dev.rustok.runtime.tenancy.ServedTenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes open carts nobody touched for {@link Carts#TTL}, shop by shop (docs/adr/0071);
 * they are already invisible, this only frees their rows. Bought and merged carts stay
 * with their checkout.
 */
@Component
class CartSweep {

	private static final Logger log = LoggerFactory.getLogger(CartSweep.class);

	private final ServedTenants tenants;

	private final Carts carts;

	CartSweep(ServedTenants tenants, Carts carts) {
		this.tenants = tenants;
		this.carts = carts;
	}

	@Scheduled(fixedDelayString = "${rustok.cart.sweep-interval:PT1H}",
			initialDelayString = "${rustok.cart.sweep-interval:PT1H}")
	void sweep() {
		this.tenants.forEach((tenant) -> {
			try {
				int deleted = this.carts.deleteExpired(tenant);
				if (deleted > 0) {
					log.info("Deleted {} expired carts of {}", deleted, tenant.id());
				}
			}
			catch (RuntimeException ex) {
				// one shop's failure (a schema not yet migrated) must not stop the others
				log.warn("Could not delete the expired carts of {}", tenant.id(), ex);
			}
		});
	}

}
