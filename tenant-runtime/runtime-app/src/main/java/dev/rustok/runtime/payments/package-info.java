/**
 * Payments (docs/adr/0059): the {@link dev.rustok.runtime.payments.PaymentProvider} port
 * (authorize, capture, refund, void) and its adapters: {@code ManualPayments} (cash on
 * delivery, no external service) and {@code HttpPaymentProvider} (a provider's HTTP API
 * behind a Resilience4j circuit breaker, time limit and retry, with an idempotency key on
 * every call). Publishes and consumes no events. Depends on {@code shared}.
 */
@ApplicationModule(allowedDependencies = "shared")
package dev.rustok.runtime.payments;

import org.springframework.modulith.ApplicationModule;
