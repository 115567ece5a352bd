/**
 * Pricing: the one place where a cart's totals are computed (docs/adr/0057).
 * {@link dev.rustok.runtime.pricing.TotalsCalculation#totals} is a pure function from
 * priced lines and the shop's rules (shipping method, tax rate, discount) to
 * {@link dev.rustok.runtime.pricing.Totals}, in whole minor units of one currency. No
 * Spring, no database; publishes and consumes no events. Depends on {@code shared}.
 */
@ApplicationModule(allowedDependencies = "shared")
package dev.rustok.runtime.pricing;

import org.springframework.modulith.ApplicationModule;
