package dev.rustok.controlplane.api;

import java.util.concurrent.ForkJoinPool;

/**
 * Keeps asynchronous callbacks on pooled threads on small machines. With two cores the
 * JDK's common pool has a parallelism of 1, and both {@code CompletableFuture}'s
 * {@code *Async} methods and Hazelcast's default async executor then start a <em>new
 * thread for every callback</em>: the gateway started one per request (its route lookup
 * is an async map read), which cost more CPU than everything else it does
 * (docs/adr/0093-async-callbacks-on-pooled-threads.md). Called first thing in each
 * service's {@code main}, before anything creates the common pool.
 */
public final class AsyncCallbackThreads {

	static final String PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

	private AsyncCallbackThreads() {
	}

	/**
	 * Gives the common pool at least two threads unless the operator set its parallelism.
	 */
	public static void pooled() {
		if (System.getProperty(PARALLELISM) == null) {
			System.setProperty(PARALLELISM,
					String.valueOf(Math.max(2, Runtime.getRuntime().availableProcessors() - 1)));
		}
	}

	/** Whether callbacks run on pooled threads in this JVM. */
	public static boolean arePooled() {
		return ForkJoinPool.getCommonPoolParallelism() > 1;
	}

}
