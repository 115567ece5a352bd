package dev.rustok.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import com.hazelcast.core.HazelcastInstance;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.controlplane.api.TenantRouteMaps;
import dev.rustok.devservices.FreePorts;
import dev.rustok.gateway.RawHttp.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static dev.rustok.gateway.TenantRoutesFixture.activeTenant;
import static dev.rustok.gateway.TenantRoutesFixture.hostOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway serving TLS with a certificate made for this run: every answer sent over
 * TLS carries HSTS, the proxied ones, the gateway's own problems and Netty's own errors
 * alike ({@code GatewayEdgeIT} shows that plain HTTP answers carry none).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GatewayOverTlsIT {

	static final String PASSWORD = UUID.randomUUID().toString();

	static final Path KEYSTORE = selfSignedKeystore();

	static RecordingBackend runtime;

	static RecordingBackend controlPlane;

	@Autowired
	HazelcastInstance hazelcast;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBackends() {
		runtime = RecordingBackend.start("runtime");
		controlPlane = RecordingBackend.start("control-plane");
	}

	@AfterAll
	static void stopBackends() throws IOException {
		runtime.close();
		controlPlane.close();
		Files.deleteIfExists(KEYSTORE);
	}

	@DynamicPropertySource
	static void gatewayProperties(DynamicPropertyRegistry registry) {
		int memberPort = FreePorts.next();
		registry.add("rustok.cluster.name", () -> "gateway-tls-it-" + UUID.randomUUID());
		registry.add("rustok.cluster.port", () -> memberPort);
		registry.add("rustok.cluster.members", () -> "127.0.0.1:" + memberPort);
		registry.add("rustok.platform.domain", () -> TenantRoutesFixture.DOMAIN);
		registry.add("rustok.gateway.control-plane-url", controlPlane::url);
		registry.add("rustok.gateway.runtime-urls", runtime::url);
		registry.add("rustok.gateway.runtime-health-urls", () -> "");
		registry.add("management.server.port", FreePorts::next);
		registry.add("server.ssl.key-store", () -> "file:" + KEYSTORE);
		registry.add("server.ssl.key-store-type", () -> "PKCS12");
		registry.add("server.ssl.key-store-password", () -> PASSWORD);
	}

	@BeforeEach
	void publishTheShop() {
		TenantRoute route = activeTenant("secure");
		TenantRouteMaps.byHost(this.hazelcast).put(route.host(), route);
	}

	@Test
	void everyAnswerOverTlsCarriesHstsBesideTheOtherHeaders() {
		Response proxied = get("/products", hostOf("secure"));
		Response unknownShop = get("/", "nowhere." + TenantRoutesFixture.DOMAIN);
		Response ambiguous = get("//actuator/health", hostOf("secure"));
		Response headersTooLarge = RawHttp.sendOverTls(this.port, trustingTheRunsCertificate(), hostOf("secure"),
				"GET /products HTTP/1.1\r\nHost: " + hostOf("secure") + "\r\nX-Padding: " + "a".repeat(20_000));

		assertThat(proxied.status()).isEqualTo(200);
		assertThat(unknownShop.status()).isEqualTo(404);
		assertThat(ambiguous.status()).isEqualTo(400);
		assertThat(headersTooLarge.status()).isEqualTo(431);
		for (Response response : List.of(proxied, unknownShop, ambiguous, headersTooLarge)) {
			assertThat(response.header("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
			assertThat(response.header("Permissions-Policy")).contains("camera=()");
			assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
		}
	}

	private Response get(String path, String host) {
		return RawHttp.sendOverTls(this.port, trustingTheRunsCertificate(), hostOf("secure"),
				"GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: application/json");
	}

	// the client trusts this run's certificate only, and checks the name on it
	private static SSLContext trustingTheRunsCertificate() {
		try (InputStream in = Files.newInputStream(KEYSTORE)) {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(in, PASSWORD.toCharArray());
			TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			trust.init(store);
			SSLContext tls = SSLContext.getInstance("TLS");
			tls.init(null, trust.getTrustManagers(), null);
			return tls;
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Path selfSignedKeystore() {
		try {
			Path keystore = Files.createTempFile("gateway-tls-it", ".p12");
			Files.delete(keystore);
			Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
			Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "gateway", "-keyalg",
					"EC", "-groupname", "secp256r1", "-validity", "2", "-dname", "CN=" + hostOf("secure"), "-ext",
					"SAN=dns:" + hostOf("secure"), "-storetype", "PKCS12", "-keystore", keystore.toString(),
					"-storepass", PASSWORD, "-keypass", PASSWORD)
				.redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes());
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException("keytool failed: " + output);
			}
			return keystore;
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
