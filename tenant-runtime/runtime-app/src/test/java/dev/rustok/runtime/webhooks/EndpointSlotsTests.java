package dev.rustok.runtime.webhooks;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class EndpointSlotsTests {

	private static final int CAP = 4;

	private static final Duration BOUND = Duration.ofSeconds(30);

	private final UUID endpoint = UUID.randomUUID();

	@Test
	void overlappingRoundsToASlowEndpointNeverHaveMoreThanTheCapInFlight() throws InterruptedException {
		// one idle slot remembered: other shops' calls push every idle one out meanwhile
		EndpointSlots slots = new EndpointSlots(CAP, 1);
		SlowEndpoint slow = new SlowEndpoint();
		try (ExecutorService firstRound = Executors.newVirtualThreadPerTaskExecutor();
				ExecutorService secondRound = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < 10; i++) {
				firstRound.execute(() -> slow.call(slots, "acme", this.endpoint));
			}
			await().atMost(BOUND).until(() -> slow.inFlight.get() == CAP && slots.waiting("acme", this.endpoint) == 6);
			churnOtherShops(slots);
			for (int i = 0; i < 10; i++) {
				secondRound.execute(() -> slow.call(slots, "acme", this.endpoint));
			}
			await().atMost(BOUND).until(() -> slots.waiting("acme", this.endpoint) == 16);

			assertThat(slow.inFlight.get()).isEqualTo(CAP);
			slow.answer();
		}
		assertThat(slow.calls.get()).isEqualTo(20);
		assertThat(slow.mostAtOnce.get()).isEqualTo(CAP);
		assertThat(slots.size()).isEqualTo(1);
	}

	@Test
	void twoShopsHaveACapEachEvenForTheSameEndpointId() {
		EndpointSlots slots = new EndpointSlots(CAP, 100);
		SlowEndpoint slow = new SlowEndpoint();
		try (ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < 6; i++) {
				calls.execute(() -> slow.call(slots, "acme", this.endpoint));
				calls.execute(() -> slow.call(slots, "globex", this.endpoint));
			}
			await().atMost(BOUND)
				.until(() -> slots.waiting("acme", this.endpoint) == 2 && slots.waiting("globex", this.endpoint) == 2);

			assertThat(slow.inFlight.get()).isEqualTo(2 * CAP);
			slow.answer();
		}
		assertThat(slow.calls.get()).isEqualTo(12);
	}

	@Test
	void idleSlotsAreForgottenBeyondTheBound() throws InterruptedException {
		EndpointSlots slots = new EndpointSlots(CAP, 10);

		churnOtherShops(slots);

		assertThat(slots.size()).isEqualTo(10);
	}

	private static void churnOtherShops(EndpointSlots slots) throws InterruptedException {
		for (int shop = 0; shop < 100; shop++) {
			slots.take("shop-" + shop, UUID.randomUUID()).close();
		}
	}

	/** Holds every call until answered, counting the calls in flight. */
	private static final class SlowEndpoint {

		final AtomicInteger inFlight = new AtomicInteger();

		final AtomicInteger mostAtOnce = new AtomicInteger();

		final AtomicInteger calls = new AtomicInteger();

		private final CountDownLatch answered = new CountDownLatch(1);

		void call(EndpointSlots slots, String tenantId, UUID endpoint) {
			try (EndpointSlots.Taken slot = slots.take(tenantId, endpoint)) {
				this.mostAtOnce.accumulateAndGet(this.inFlight.incrementAndGet(), Math::max);
				this.answered.await();
				this.calls.incrementAndGet();
				this.inFlight.decrementAndGet();
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
		}

		void answer() {
			this.answered.countDown();
		}

	}

}
