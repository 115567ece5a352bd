/**
 * The merchant's checkout rules (docs/adr/0073): shipping methods (flat rate or weight
 * bands), tax rates per region and discount codes with dates, a usage limit and a minimum
 * subtotal. {@link dev.rustok.runtime.rules.ShopRules} is the facade (checkout reads and
 * redeems, the admin API writes), {@code RuleStore} the port and {@code JooqRuleStore}
 * the only class touching generated jOOQ records. Publishes and consumes no events.
 * Depends on {@code shared}, {@code pricing} (the rule values) and {@code tenancy}.
 */
@ApplicationModule(allowedDependencies = { "shared", "pricing", "tenancy" })
package dev.rustok.runtime.rules;

import org.springframework.modulith.ApplicationModule;
