package dev.rustok.runtime.payments;

import java.time.Duration;

import dev.rustok.runtime.payments.PlayedProvider.Act;
import dev.rustok.runtime.shared.Money;
import dev.rustok.runtime.shared.TenantId;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP adapter against a provider played on loopback: what the shopper's checkout
 * gets back, and how often money moved.
 */
class HttpPaymentProviderTests {

	private PlayedProvider provider;

	private HttpPaymentProvider payments;

	@BeforeEach
	void start() throws Exception {
		this.provider = new PlayedProvider();
		this.payments = adapter(10, Duration.ofSeconds(5));
	}

	@AfterEach
	void stop() {
		this.provider.close();
	}

	@Test
	void authorizesWithTheApiKeyAndTheIdempotencyKey() {
		PaymentOutcome outcome = this.payments.authorize(request("acme:order-1:authorize"));

		assertThat(outcome).isInstanceOf(PaymentOutcome.Approved.class);
		assertThat(((PaymentOutcome.Approved) outcome).reference()).startsWith("pay_");
		assertThat(this.provider.requests()).containsExactly("/v1/payments/authorize acme:order-1:authorize");
		assertThat(this.provider.charges()).containsExactly("acme:order-1:authorize");
	}

	@Test
	void theSameIdempotencyKeySentTwiceChargesOnceAndAnswersTheSame() {
		PaymentOutcome first = this.payments.capture(request("acme:order-2:capture"));
		PaymentOutcome second = this.payments.capture(request("acme:order-2:capture"));

		assertThat(second).isEqualTo(first).isInstanceOf(PaymentOutcome.Approved.class);
		assertThat(this.provider.requests()).hasSize(2);
		assertThat(this.provider.charges()).containsExactly("acme:order-2:capture");
	}

	@Test
	void retriesAnAnswerLostAfterTheChargeWithTheSameKeyAndChargesOnce() {
		this.provider.then(Act.CHARGE_THEN_BUSY);

		PaymentOutcome outcome = this.payments.capture(request("acme:order-3:capture"));

		assertThat(outcome).isInstanceOf(PaymentOutcome.Approved.class);
		assertThat(this.provider.requests()).containsExactly("/v1/payments/pay_1/capture acme:order-3:capture",
				"/v1/payments/pay_1/capture acme:order-3:capture");
		assertThat(this.provider.charges()).containsExactly("acme:order-3:capture");
	}

	@Test
	void doesNotRetryAServerErrorThatMayHaveMovedMoney() {
		this.provider.then(Act.FAIL);

		PaymentOutcome outcome = this.payments.refund(request("acme:order-4:refund"));

		assertThat(outcome).isInstanceOf(PaymentOutcome.Unavailable.class);
		assertThat(this.provider.requests()).hasSize(1);
		assertThat(this.provider.charges()).isEmpty();
	}

	@Test
	void answersUnavailableWhenTheProviderHangsAndDoesNotRetryIt() {
		this.payments = adapter(10, Duration.ofMillis(300));
		this.provider.then(Act.HANG);

		PaymentOutcome outcome = this.payments.authorize(request("acme:order-5:authorize"));

		assertThat(outcome).isInstanceOf(PaymentOutcome.Unavailable.class);
		assertThat(((PaymentOutcome.Unavailable) outcome).reason()).contains("did not answer in time");
		assertThat(this.provider.requests()).hasSize(1);
	}

	@Test
	void aDeclineIsAnAnswerNotAFailure() {
		this.payments = adapter(2, Duration.ofSeconds(5));
		this.provider.then(Act.DECLINE, Act.DECLINE, Act.DECLINE);

		PaymentOutcome outcome = this.payments.authorize(request("acme:order-6:authorize"));
		this.payments.authorize(request("acme:order-7:authorize"));
		this.payments.authorize(request("acme:order-8:authorize"));

		assertThat(outcome).isEqualTo(new PaymentOutcome.Declined("card declined"));
		assertThat(this.payments.breakerState()).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	@Test
	void anOpenBreakerAnswersUnavailableWithoutCallingTheProvider() {
		this.payments = adapter(2, Duration.ofSeconds(5));
		this.provider.otherwise(Act.FAIL);
		this.payments.authorize(request("acme:order-9:authorize"));
		this.payments.authorize(request("acme:order-10:authorize"));
		int calls = this.provider.requests().size();

		PaymentOutcome outcome = this.payments.authorize(request("acme:order-11:authorize"));

		assertThat(this.payments.breakerState()).isEqualTo(CircuitBreaker.State.OPEN);
		assertThat(outcome).isInstanceOf(PaymentOutcome.Unavailable.class);
		assertThat(((PaymentOutcome.Unavailable) outcome).reason()).startsWith("payment provider unavailable");
		assertThat(this.provider.requests()).hasSize(calls);
	}

	@Test
	void answersUnavailableWhenNothingListens() {
		int port = this.provider.baseUrl().getPort();
		this.provider.close();
		HttpPaymentProvider nowhere = new HttpPaymentProvider(
				properties(java.net.URI.create("http://127.0.0.1:" + port), 10, Duration.ofSeconds(2)));

		assertThat(nowhere.authorize(request("acme:order-12:authorize")))
			.isInstanceOf(PaymentOutcome.Unavailable.class);
	}

	private HttpPaymentProvider adapter(int window, Duration timeout) {
		return new HttpPaymentProvider(properties(this.provider.baseUrl(), window, timeout));
	}

	private static HttpPaymentsProperties properties(java.net.URI base, int window, Duration timeout) {
		return new HttpPaymentsProperties(base, PlayedProvider.API_KEY, timeout, 3, Duration.ofMillis(10), window, 50,
				Duration.ofMinutes(5));
	}

	private static PaymentRequest request(String key) {
		return new PaymentRequest(new TenantId("acme"), key, "order-1", new Money(4_990, "EUR"), "pay_1");
	}

}
