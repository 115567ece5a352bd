/**
 * Billing: the plans a tenant can be on.
 *
 * <p>
 * Today only the plan code exists, because signup puts every new shop on the trial plan
 * and the gateway reads the code from the tenant route. Quotas, usage metering and
 * invoices land here later. Depends on nothing; publishes and consumes no events yet.
 */
package dev.rustok.billing;
