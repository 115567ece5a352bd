import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 14's checkout benchmark: N shoppers at once, each in a closed loop buying one
 * random variant as a guest (new cart, add to cart, contact and address, shipping,
 * completion with the manual provider and an Idempotency-Key), for a fixed time. Prints
 * add to cart and checkout completion p50 / p99 / max, orders per second and the errors.
 * Every answer other than the expected status counts as an error and is printed once.
 *
 * <pre>
 * java -Djdk.httpclient.allowRestrictedHeaders=host bench/CheckoutBench.java \
 *   BASE_URL HOST VARIANT_FILE SHOPPERS WARMUP_SECONDS SECONDS
 * </pre>
 */
public class CheckoutBench {

	static final String ADDRESS = """
			{"email":"ann@shopper.example","address":{"fullName":"Ann Example","line1":"Hauptstr. 1",
			"city":"Berlin","postalCode":"10115","country":"de"}}""";

	final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	final String base;

	final String host;

	final List<String> variants;

	final List<Long> adds = Collections.synchronizedList(new ArrayList<>());

	final List<Long> completions = Collections.synchronizedList(new ArrayList<>());

	final AtomicLong errors = new AtomicLong();

	final AtomicLong orders = new AtomicLong();

	final AtomicBoolean errorPrinted = new AtomicBoolean();

	volatile boolean measuring;

	volatile boolean running = true;

	CheckoutBench(String base, String host, List<String> variants) {
		this.base = base;
		this.host = host;
		this.variants = variants;
	}

	public static void main(String[] args) throws Exception {
		List<String> variants = Files.readAllLines(Path.of(args[2])).stream().map(String::strip)
			.filter((line) -> !line.isEmpty()).toList();
		int shoppers = Integer.parseInt(args[3]);
		int warmup = Integer.parseInt(args[4]);
		int seconds = Integer.parseInt(args[5]);
		CheckoutBench bench = new CheckoutBench(args[0], args[1], variants);
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < shoppers; i++) {
			threads.add(Thread.ofPlatform().name("shopper-" + i).start(bench::shop));
		}
		Thread.sleep(warmup * 1000L);
		bench.measuring = true;
		long started = System.nanoTime();
		Thread.sleep(seconds * 1000L);
		bench.measuring = false;
		double elapsed = (System.nanoTime() - started) / 1e9;
		bench.running = false;
		for (Thread thread : threads) {
			thread.join();
		}
		System.out.printf(
				"shoppers=%d: add to cart p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d); checkout complete p50 %.1f ms,"
						+ " p99 %.1f ms, max %.1f ms; %.1f orders/s over %.0f s; errors %d; orders in all %d%n",
				shoppers, percentile(bench.adds, 50), percentile(bench.adds, 99), percentile(bench.adds, 100),
				bench.adds.size(), percentile(bench.completions, 50), percentile(bench.completions, 99),
				percentile(bench.completions, 100), bench.completions.size() / elapsed, elapsed, bench.errors.get(), bench.orders.get());
	}

	void shop() {
		while (this.running) {
			try {
				buyOnce();
			}
			catch (Exception failed) {
				error("exception: " + failed);
			}
		}
	}

	void buyOnce() throws Exception {
		HttpResponse<String> cart = send(post("/api/store/cart", "{}", null), 201);
		if (cart == null) {
			return;
		}
		String cookie = cart.headers().firstValue("Set-Cookie").map((value) -> value.split(";", 2)[0]).orElse(null);
		String variant = this.variants.get(ThreadLocalRandom.current().nextInt(this.variants.size()));
		boolean measured = this.measuring;
		long start = System.nanoTime();
		HttpResponse<String> added = send(
				post("/api/store/cart/lines", "{\"variantId\":\"" + variant + "\",\"quantity\":1}", cookie), 200);
		long addTook = System.nanoTime() - start;
		if (added == null || send(post("/api/store/checkout", ADDRESS, cookie), 201) == null
				|| send(request("/api/store/checkout/shipping", cookie)
					.PUT(HttpRequest.BodyPublishers.ofString("{\"method\":\"standard\"}"))
					.header("Content-Type", "application/json")
					.build(), 200) == null) {
			return;
		}
		start = System.nanoTime();
		HttpResponse<String> completed = send(request("/api/store/checkout/completion", cookie)
			.header("Idempotency-Key", "bench-" + UUID.randomUUID())
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), 201);
		long completeTook = System.nanoTime() - start;
		if (completed != null) {
			this.orders.incrementAndGet();
		}
		if (completed != null && measured && this.measuring) {
			this.adds.add(addTook);
			this.completions.add(completeTook);
		}
	}

	HttpRequest post(String path, String body, String cookie) {
		return request(path, cookie).POST(HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", "application/json")
			.build();
	}

	HttpRequest.Builder request(String path, String cookie) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Host", this.host)
			.header("Accept", "application/json");
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return request;
	}

	HttpResponse<String> send(HttpRequest request, int expected) throws Exception {
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != expected) {
			error(request.method() + " " + request.uri().getPath() + " -> " + response.statusCode() + " "
					+ response.body());
			return null;
		}
		return response;
	}

	void error(String what) {
		if (this.measuring) {
			this.errors.incrementAndGet();
		}
		if (this.errorPrinted.compareAndSet(false, true)) {
			System.out.println("first error: " + what);
		}
	}

	static double percentile(List<Long> nanos, int percent) {
		List<Long> sorted = new ArrayList<>(nanos);
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		Collections.sort(sorted);
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1e6;
	}

}
