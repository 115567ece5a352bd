/**
 * Billing: the plans a tenant can be on and the quota of each ({@code PlanCatalog}, from
 * {@code rustok.billing.plans.*} with defaults). Signup puts every new shop on the trial
 * plan; the control plane changes a shop's plan and publishes it on the tenant route, the
 * gateway limits requests by it (docs/adr/0042). Usage metering and invoices land here
 * later. Depends on nothing; publishes and consumes no events yet.
 */
package dev.rustok.billing;
