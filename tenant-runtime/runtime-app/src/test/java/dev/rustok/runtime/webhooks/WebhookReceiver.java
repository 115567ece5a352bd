package dev.rustok.runtime.webhooks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.function.IntSupplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A merchant's endpoint played on loopback by the JDK's HTTP server, over HTTPS with the
 * {@link SelfSignedCertificate} or plain HTTP: it keeps every request it got and answers
 * with the status its behaviour gives, or never answers while it is hanging.
 */
public final class WebhookReceiver implements AutoCloseable {

	/** A request as received: headers (lower-case names), body and when it came. */
	public record Received(Map<String, String> headers, byte[] body, Instant at) {

		public String header(String name) {
			return this.headers.get(name);
		}

	}

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final CountDownLatch released = new CountDownLatch(1);

	private volatile IntSupplier status = () -> 204;

	private volatile boolean hanging;

	private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();

	private final java.util.concurrent.atomic.AtomicInteger mostInFlight = new java.util.concurrent.atomic.AtomicInteger();

	private volatile java.time.Duration delay = java.time.Duration.ZERO;

	private WebhookReceiver(HttpServer server) {
		this.server = server;
		server.createContext("/", this::handle);
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.start();
	}

	public static WebhookReceiver https() {
		try {
			HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.setHttpsConfigurator(new HttpsConfigurator(SelfSignedCertificate.serverContext()));
			return new WebhookReceiver(server);
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	public static WebhookReceiver http() {
		try {
			return new WebhookReceiver(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	public String url(String path) {
		String scheme = (this.server instanceof HttpsServer) ? "https" : "http";
		return scheme + "://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	public WebhookReceiver answering(int status) {
		this.status = () -> status;
		this.hanging = false;
		return this;
	}

	/** Takes this long over each answer, like a receiver doing real work. */
	public WebhookReceiver taking(java.time.Duration delay) {
		this.delay = delay;
		return this;
	}

	/** Never answers until closed: every call to it times out. */
	public WebhookReceiver hanging() {
		this.hanging = true;
		return this;
	}

	public List<Received> received() {
		return List.copyOf(this.received);
	}

	/** The most requests it was answering at one time. */
	public int mostAtOnce() {
		return this.mostInFlight.get();
	}

	private void handle(HttpExchange exchange) throws IOException {
		this.mostInFlight.accumulateAndGet(this.inFlight.incrementAndGet(), Math::max);
		try (exchange) {
			byte[] body = exchange.getRequestBody().readAllBytes();
			Map<String, String> headers = new java.util.TreeMap<>();
			exchange.getRequestHeaders()
				.forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values.getFirst()));
			this.received.add(new Received(Map.copyOf(headers), body, Instant.now()));
			if (this.hanging) {
				this.released.await();
			}
			else if (!this.delay.isZero()) {
				this.released.await(this.delay.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
			}
			exchange.sendResponseHeaders(this.status.getAsInt(), -1);
		}
		catch (InterruptedException stopping) {
			Thread.currentThread().interrupt();
		}
		finally {
			this.inFlight.decrementAndGet();
		}
	}

	@Override
	public void close() {
		this.released.countDown();
		this.server.stop(0);
	}

}
