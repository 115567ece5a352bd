package dev.rustok.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.rustok.devservices.FreePorts;

/**
 * A real HTTP server standing in for a runtime node or the control plane: it answers
 * every request with its own name and remembers what it received.
 */
public final class RecordingBackend implements AutoCloseable {

	private final String name;

	private final HttpServer server;

	private final ConcurrentLinkedQueue<ReceivedRequest> received = new ConcurrentLinkedQueue<>();

	private RecordingBackend(String name, HttpServer server) {
		this.name = name;
		this.server = server;
	}

	public static RecordingBackend start(String name) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", FreePorts.next()), 0);
			RecordingBackend backend = new RecordingBackend(name, server);
			server.createContext("/", backend::answer);
			server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
			server.start();
			return backend;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void answer(HttpExchange exchange) throws IOException {
		String requestBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		this.received.add(new ReceivedRequest(this.name, exchange.getRequestMethod(),
				exchange.getRequestURI().getRawPath(), copy(exchange.getRequestHeaders()), requestBody));
		byte[] body = this.name.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "text/plain");
		// the services echo the request id they were given, as a runtime node does
		String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
		if (requestId != null) {
			exchange.getResponseHeaders().set("X-Request-Id", requestId);
		}
		if (exchange.getRequestURI().getPath().startsWith("/own-policy")) {
			// a page that brings its own policy, as the portal's and console's pages may
			exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'");
		}
		exchange.sendResponseHeaders(200, body.length);
		exchange.getResponseBody().write(body);
		exchange.close();
	}

	private static Headers copy(Headers headers) {
		Headers copy = new Headers();
		headers.forEach(copy::put);
		return copy;
	}

	public String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	public String name() {
		return this.name;
	}

	public List<ReceivedRequest> received() {
		return List.copyOf(this.received);
	}

	public List<ReceivedRequest> receivedAt(String path) {
		return this.received.stream().filter((request) -> request.path().equals(path)).toList();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/** One request as the backend saw it; header names are case-insensitive. */
	public record ReceivedRequest(String backend, String method, String path, Headers headers, String body) {

		public List<String> header(String name) {
			List<String> values = this.headers.get(name);
			return (values != null) ? values : List.of();
		}

	}

}
