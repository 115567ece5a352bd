package dev.rustok.runtime.tenancy;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * What ends a background loop's wait early: at most one wake-up is pending, so any number
 * of notifications during a round answer one more round.
 */
public final class WakeUp {

	private final Semaphore pending = new Semaphore(0);

	/** Wakes the waiting thread, or the next one to wait. */
	public void ring() {
		if (this.pending.availablePermits() == 0) {
			this.pending.release();
		}
	}

	/** Waits for a wake-up or the timeout, whichever comes first. */
	public void await(Duration timeout) throws InterruptedException {
		if (this.pending.tryAcquire(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS)) {
			// rung again meanwhile: for commits the next round sees anyway
			this.pending.drainPermits();
		}
	}

}
