package dev.rustok.runtime.payments;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small payment provider on loopback that plays its part: it answers, fails, hangs, or
 * takes the money and then loses its answer. Like a real provider it keeps the first
 * answer per idempotency key and replays it, so a repeated key never charges twice.
 */
public final class PlayedProvider implements AutoCloseable {

	public enum Act {

		/** Charges and answers 200 approved. */
		ANSWER,
		/** Answers 500 without charging. */
		FAIL,
		/** Answers 503 without charging ("try again"). */
		BUSY,
		/** Charges, then answers 503 as if its answer were lost on the way. */
		CHARGE_THEN_BUSY,
		/** Answers 402 declined. */
		DECLINE,
		/** Charges, then answers 200 approved only once {@link #release()} is called. */
		CHARGE_THEN_HOLD,
		/** Does not answer until closed. */
		HANG

	}

	public static final String API_KEY = "played-provider-key-" + UUID.randomUUID();

	private final HttpServer server;

	private final Deque<Act> script = new ArrayDeque<>();

	private final Map<String, String> answers = new ConcurrentHashMap<>();

	private final List<String> requests = new CopyOnWriteArrayList<>();

	private final List<String> charges = new CopyOnWriteArrayList<>();

	private final List<Call> calls = new CopyOnWriteArrayList<>();

	private final CountDownLatch closed = new CountDownLatch(1);

	private final CountDownLatch released = new CountDownLatch(1);

	private Act otherwise = Act.ANSWER;

	public PlayedProvider() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		this.server.createContext("/v1/payments/", this::handle);
		this.server.start();
	}

	public URI baseUrl() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	/** The next calls act these ways, in order; then {@code otherwise}. */
	public synchronized PlayedProvider then(Act... acts) {
		this.script.addAll(List.of(acts));
		return this;
	}

	public synchronized PlayedProvider otherwise(Act act) {
		this.otherwise = act;
		return this;
	}

	/** Every request received, as {@code path key}. */
	public List<String> requests() {
		return List.copyOf(this.requests);
	}

	/** Lets a held answer ({@link Act#CHARGE_THEN_HOLD}) go. */
	public void release() {
		this.released.countDown();
	}

	/** Every request received, with its body. */
	public List<Call> calls() {
		return List.copyOf(this.calls);
	}

	/** Every time money moved, by idempotency key. */
	public List<String> charges() {
		return List.copyOf(this.charges);
	}

	private synchronized Act next() {
		return this.script.isEmpty() ? this.otherwise : this.script.poll();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
			this.requests.add(exchange.getRequestURI().getPath() + " " + key);
			this.calls.add(new Call(exchange.getRequestURI().getPath(), key,
					new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
			if (!("Bearer " + API_KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
				answer(exchange, 401, "{}");
				return;
			}
			String replay = (key != null) ? this.answers.get(key) : null;
			if (replay != null) {
				answer(exchange, 200, replay);
				return;
			}
			switch (next()) {
				case ANSWER -> answer(exchange, 200, charge(key));
				case FAIL -> answer(exchange, 500, "{\"error\":\"internal\"}");
				case BUSY -> answer(exchange, 503, "{\"error\":\"busy\"}");
				case CHARGE_THEN_BUSY -> {
					charge(key);
					answer(exchange, 503, "{\"error\":\"busy\"}");
				}
				case CHARGE_THEN_HOLD -> {
					String answer = charge(key);
					this.released.await();
					answer(exchange, 200, answer);
				}
				case DECLINE -> answer(exchange, 402, "{\"status\":\"declined\",\"reason\":\"card declined\"}");
				case HANG -> {
					this.closed.await();
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private String charge(String key) {
		String answer = "{\"id\":\"pay_" + UUID.randomUUID() + "\",\"status\":\"approved\"}";
		this.charges.add(key);
		this.answers.put(key, answer);
		return answer;
	}

	private static void answer(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	/** One request: its path, idempotency key and JSON body. */
	public record Call(String path, String key, String body) {

	}

	@Override
	public void close() {
		this.closed.countDown();
		this.server.stop(0);
	}

}
