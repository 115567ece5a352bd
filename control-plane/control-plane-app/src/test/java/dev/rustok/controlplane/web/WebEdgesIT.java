package dev.rustok.controlplane.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.rustok.controlplane.ControlPlaneServices;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The control plane at its edges: where it listens, whose forwarded headers it believes,
 * and what the container answers for requests that never reach a controller. The only
 * trusted proxy is 127.0.0.2, a loopback address the tests send from.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WebEdgesIT {

	private static final ControlPlaneServices services = new ControlPlaneServices();

	private static final String CONSOLE_HOST = "console.localhost:8080";

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	WebServerApplicationContext context;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry properties) {
		services.registerWithKeycloakDown(properties);
		properties.add("rustok.web.trusted-proxies", () -> "127.0.0.2");
	}

	@AfterAll
	static void dropDatabase() {
		services.database().drop();
	}

	@Test
	void listensOnLoopbackOnly() {
		TomcatWebServer server = (TomcatWebServer) this.context.getWebServer();
		InetAddress address = ((AbstractProtocol<?>) server.getTomcat().getConnector().getProtocolHandler())
			.getAddress();

		assertThat(address).as("the bound address (null is every interface)").isNotNull();
		assertThat(address.isLoopbackAddress()).isTrue();
	}

	@Test
	void servesHealthOnTheLoopbackManagementPortOnlyNotOnTheApplicationPort() {
		assertThat(this.managementPort).isNotEqualTo(this.port);
		assertThat(get(from("127.0.0.1"), this.managementPort, "/actuator/health", List.of()).body())
			.contains("\"status\"");
		HttpResponse<String> onTheAppPort = get(from("127.0.0.1"), this.port, "/actuator/health", List.of());
		assertThat(onTheAppPort.statusCode()).isEqualTo(404);
		assertThat(onTheAppPort.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void everyAnswerAndEveryProblemNamesTheRequestIdTheGatewayForwarded() {
		HttpResponse<String> problem = get(from("127.0.0.1"), this.port, "/no-such-page",
				List.of("Accept", "application/json", "X-Request-Id", "gateway-req-9"));
		HttpResponse<String> unnamed = get(from("127.0.0.1"), this.port, "/no-such-page",
				List.of("Accept", "application/json"));

		assertThat(problem.statusCode()).isEqualTo(404);
		assertThat(problem.headers().firstValue("X-Request-Id")).hasValue("gateway-req-9");
		assertThat(problem.body()).contains("\"requestId\":\"gateway-req-9\"");
		String made = unnamed.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(made).matches("[0-9a-f-]{36}");
		assertThat(unnamed.body()).contains("\"requestId\":\"" + made + "\"");
	}

	@Test
	void aTrustedProxyCanForwardTheConsoleHostAndAnyOtherSenderCannot() {
		List<String> toTheConsole = List.of("X-Forwarded-Host", CONSOLE_HOST, "X-Forwarded-Port", "8080",
				"X-Forwarded-Proto", "http");

		HttpResponse<String> viaTheProxy = get(from("127.0.0.2"), this.port, "/", toTheConsole);
		HttpResponse<String> fromElsewhere = get(from("127.0.0.1"), this.port, "/", toTheConsole);

		assertThat(viaTheProxy.statusCode()).as("the console asks for a login").isEqualTo(302);
		assertThat(viaTheProxy.headers().firstValue("Location"))
			.hasValue("http://" + CONSOLE_HOST + "/oauth2/authorization/console");
		assertThat(fromElsewhere.statusCode()).as("the portal, as the request arrived").isEqualTo(200);
		assertThat(fromElsewhere.body()).contains("id=\"signup-form\"");
	}

	@Test
	void theConsoleSessionCookieIsSameSiteLaxAndSecureBehindATrustedTlsProxy() {
		HttpResponse<String> overTls = get(from("127.0.0.2"), this.port, "/", List.of("X-Forwarded-Host",
				"console.localhost", "X-Forwarded-Proto", "https", "X-Forwarded-Port", "443"));
		HttpResponse<String> plain = get(from("127.0.0.2"), this.port, "/",
				List.of("X-Forwarded-Host", CONSOLE_HOST, "X-Forwarded-Proto", "http"));

		assertThat(overTls.headers().firstValue("Location"))
			.hasValue("https://console.localhost/oauth2/authorization/console");
		assertThat(sessionCookie(overTls)).contains("HttpOnly", "SameSite=Lax", "Secure");
		assertThat(sessionCookie(plain)).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
	}

	@Test
	void portalAndConsoleAnswersCarryAContentSecurityPolicyAndAReferrerPolicy() {
		HttpResponse<String> portal = get(from("127.0.0.1"), this.port, "/", List.of());
		HttpResponse<String> console = get(from("127.0.0.2"), this.port, "/",
				List.of("X-Forwarded-Host", CONSOLE_HOST));

		for (HttpResponse<String> answer : List.of(portal, console)) {
			assertThat(answer.headers().firstValue("Content-Security-Policy"))
				.hasValueSatisfying((csp) -> assertThat(csp).contains("default-src 'self'", "script-src 'self'",
						"frame-ancestors 'none'"));
			assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		}
		assertThat(portal.body()).doesNotContain("<script>", "<style>", " style=");
	}

	@Test
	void aDirectRequestForTheErrorPageIsA404ProblemOrPageNotA500() {
		HttpResponse<String> api = get(from("127.0.0.1"), this.port, "/error", List.of());
		HttpResponse<String> browser = get(from("127.0.0.1"), this.port, "/error", List.of("Accept", "text/html"));

		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(api.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(api.body()).contains("\"status\":404").doesNotContain("999");
		assertThat(browser.statusCode()).isEqualTo(404);
		assertThat(browser.body()).contains("<h1>Not Found</h1>", "Nothing lives at this address");
	}

	@Test
	void anEncodedSlashInThePathIsAProblemWithSecurityHeadersNotTomcatsPage() {
		HttpResponse<String> answer = get(from("127.0.0.1"), this.port, "/api/signup/a%2fb", List.of());

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(answer.body()).contains("\"status\":400").doesNotContain("Tomcat", "<html");
		assertThat(answer.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	@Test
	void aSemicolonInThePathIsAProblemNotSpringsDefaultJson() {
		HttpResponse<String> answer = get(from("127.0.0.1"), this.port, "/api/signup;x=1/acme", List.of());

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(answer.body()).doesNotContain("\"timestamp\"", "\"error\"", "Exception");
	}

	@Test
	void aMalformedRequestLineIsAProblemWithSecurityHeaders() throws IOException {
		String answer = raw("GET /a b HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

		assertThat(answer).startsWith("HTTP/1.1 400");
		assertThat(answer.toLowerCase()).contains("content-type: application/problem+json", "content-security-policy:",
				"x-content-type-options: nosniff");
		assertThat(answer).doesNotContain("Apache Tomcat", "<html");
	}

	private String raw(String request) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
	}

	private static String sessionCookie(HttpResponse<String> answer) {
		return answer.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + answer.headers().map()));
	}

	// a client whose connections come from this loopback address
	private static HttpClient from(String address) {
		try {
			return HttpClient.newBuilder()
				.localAddress(InetAddress.getByName(address))
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static HttpResponse<String> get(HttpClient client, int port, String path, List<String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
		for (int i = 0; i < headers.size(); i += 2) {
			request.header(headers.get(i), headers.get(i + 1));
		}
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
