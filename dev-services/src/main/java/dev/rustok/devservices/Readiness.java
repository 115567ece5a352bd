package dev.rustok.devservices;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waits for a service to answer, giving up early when its process died. */
public final class Readiness {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private Readiness() {
	}

	public static boolean answers200(String url) {
		try {
			HttpResponse<Void> response = HTTP.send(
					HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build(),
					HttpResponse.BodyHandlers.discarding());
			return response.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Polls {@code url} until it answers 200. */
	public static void await(ChildProcess process, String url, Duration timeout) {
		await(process, () -> answers200(url), timeout, url);
	}

	public static void await(ChildProcess process, BooleanSupplier ready, Duration timeout, String what) {
		Instant deadline = Instant.now().plus(timeout);
		while (!ready.getAsBoolean()) {
			if (!process.isAlive()) {
				throw new IllegalStateException(process.name() + " exited before " + what + " answered; its log "
						+ process.log() + " ends with:\n" + process.logTail(40));
			}
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException(process.name() + " did not answer " + what + " within " + timeout
						+ "; its log " + process.log() + " ends with:\n" + process.logTail(40));
			}
			pause();
		}
	}

	/**
	 * The poll interval: short enough to notice readiness at once, long enough not to
	 * load the CPU.
	 */
	static void pause() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting", ex);
		}
	}

}
