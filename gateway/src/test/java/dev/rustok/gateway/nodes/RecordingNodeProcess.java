package dev.rustok.gateway.nodes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * A {@link RecordingNode} running as a child JVM on fixed ports, so a test can kill it
 * with SIGKILL and start it again where the gateway expects it.
 *
 * @param process the child JVM
 * @param port the traffic port the gateway forwards to
 * @param managementPort the port its health answers on
 * @param store the file holding every write it stored, one request id per line
 */
public record RecordingNodeProcess(Process process, int port, int managementPort, Path store) {

	public static RecordingNodeProcess start(int port, int managementPort, Path store, String mode) {
		String java = ProcessHandle.current().info().command().orElse("java");
		ProcessBuilder builder = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx32m",
				"-cp", System.getProperty("java.class.path"), RecordingNode.class.getName(), String.valueOf(port),
				String.valueOf(managementPort), store.toString(), mode)
			.redirectErrorStream(true)
			.redirectOutput(store.resolveSibling(store.getFileName() + ".log").toFile());
		try {
			RecordingNodeProcess node = new RecordingNodeProcess(builder.start(), port, managementPort, store);
			await().atMost(Duration.ofSeconds(30)).until(node::answersHealth);
			return node;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String url() {
		return "http://127.0.0.1:" + this.port;
	}

	public String healthUrl() {
		return "http://127.0.0.1:" + this.managementPort + "/actuator/health";
	}

	/** SIGKILL, as the kernel's OOM killer or a lost machine would do it. */
	public void kill() {
		this.process.destroyForcibly();
		try {
			this.process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	public List<String> stored() {
		try {
			return Files.exists(this.store) ? Files.readAllLines(this.store) : List.of();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private boolean answersHealth() {
		if (!this.process.isAlive()) {
			throw new IllegalStateException("recording node on port " + this.port + " exited at start");
		}
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client
				.send(HttpRequest.newBuilder(URI.create(healthUrl())).timeout(Duration.ofSeconds(2)).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
