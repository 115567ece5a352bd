package dev.rustok.runtime.settings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.InvalidInput;
import dev.rustok.runtime.shared.Money;
import dev.rustok.runtime.shared.ResourceConflict;
import dev.rustok.runtime.shared.Tenant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The currencies a shop sells in: what the catalogue accepts prices in. A currency that
 * prices still use cannot be removed (docs/adr/0032).
 */
@Service
@Transactional
public class ShopCurrencies {

	static final int MAX = 20;

	private final StoreSettings settings;

	private final ApplicationEventPublisher events;

	ShopCurrencies(StoreSettings settings, ApplicationEventPublisher events) {
		this.settings = settings;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<String> currencies(Tenant tenant) {
		return List.copyOf(new TreeSet<>(this.settings.currencies(tenant)));
	}

	/**
	 * @throws InvalidInput when a code is no currency in circulation, or the list is
	 * empty
	 * @throws ResourceConflict when a currency left out is still used by a price
	 */
	public List<String> change(Tenant tenant, List<String> currencies) {
		List<FieldProblem> problems = new ArrayList<>();
		if (currencies == null || currencies.isEmpty()) {
			problems.add(new FieldProblem("currencies", "must name at least one currency, such as [\"EUR\"]"));
		}
		else if (currencies.size() > MAX) {
			problems.add(new FieldProblem("currencies", "must have at most " + MAX + " currencies"));
		}
		else {
			for (int i = 0; i < currencies.size(); i++) {
				if (!Money.isCurrencyCode(currencies.get(i))) {
					problems.add(new FieldProblem("currencies[" + i + "]",
							"must be the upper-case ISO 4217 code of a currency in circulation, such as EUR"));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		Set<String> kept = new TreeSet<>(currencies);
		Set<String> stillPriced = new TreeSet<>(this.settings.currenciesInUse(tenant));
		stillPriced.removeAll(kept);
		if (!stillPriced.isEmpty()) {
			throw new ResourceConflict(new FieldProblem("currencies",
					"prices are still in " + stillPriced + ": remove those prices before removing the currency"));
		}
		this.settings.changeCurrencies(tenant, List.copyOf(new LinkedHashSet<>(kept)));
		this.events.publishEvent(new ShopCurrenciesChanged(tenant));
		return List.copyOf(kept);
	}

}
