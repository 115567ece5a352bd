package dev.rustok.runtime.storefront;

import java.util.LinkedHashSet;
import java.util.Set;

import dev.rustok.runtime.events.CatalogEvent;
import dev.rustok.runtime.events.DomainEvent;
import dev.rustok.runtime.events.EventEnvelope;
import dev.rustok.runtime.events.EventHandler;
import dev.rustok.runtime.events.InventoryEvent;
import dev.rustok.runtime.settings.ShopCurrenciesChanged;
import dev.rustok.runtime.shared.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Retires a shop's cached storefront answers when its catalogue or stock changes
 * (docs/adr/0067), or its currencies (docs/adr/0108). It runs last among the relay's
 * handlers, after the read model's own handler has committed its tables, and retires the
 * generation only once its own transaction (the relay's receipt) has committed: a reader
 * between the two stores what it read under the generation being retired.
 */
final class StoreCacheInvalidation implements EventHandler, Ordered {

	private static final Logger log = LoggerFactory.getLogger(StoreCacheInvalidation.class);

	private final CacheGenerations generations;

	StoreCacheInvalidation(CacheGenerations generations) {
		this.generations = generations;
	}

	@Override
	public String name() {
		return "storefront-cache";
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	// a stock change can turn a product or a whole "in stock" list unavailable; orders,
	// carts and webhook endpoints are in no answer
	@Override
	public boolean wants(DomainEvent payload) {
		return payload instanceof CatalogEvent || payload instanceof InventoryEvent;
	}

	@Override
	public void handle(Tenant tenant, EventEnvelope event) {
		// the relay calls with wanted events only
		retireAfterCommit(tenant);
	}

	/**
	 * The shop's currencies are part of its answers (which currency a list is priced in,
	 * which ones it refuses): a change retires them once it has committed.
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void currenciesChanged(ShopCurrenciesChanged change) {
		retire(change.tenant());
	}

	private void retire(Tenant tenant) {
		try {
			this.generations.retire(tenant.id());
		}
		catch (RuntimeException ex) {
			// the receipt is stored: the answers age out with the cache's time to live
			log.warn("Storefront cache of the shop not retired; its answers expire with their time to live: {}",
					ex.toString());
		}
	}

	/**
	 * Once per shop and transaction: the relay hands a handler a whole batch in one
	 * transaction (docs/adr/0116), often many events of one shop, and one retirement
	 * after the commit covers them all.
	 */
	private void retireAfterCommit(Tenant tenant) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			retire(tenant);
			return;
		}
		@SuppressWarnings("unchecked")
		Set<Tenant> shops = (Set<Tenant>) TransactionSynchronizationManager.getResource(this);
		if (shops == null) {
			Set<Tenant> retiring = new LinkedHashSet<>();
			TransactionSynchronizationManager.bindResource(this, retiring);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					retiring.forEach(StoreCacheInvalidation.this::retire);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(StoreCacheInvalidation.this);
				}
			});
			shops = retiring;
		}
		shops.add(tenant);
	}

}
