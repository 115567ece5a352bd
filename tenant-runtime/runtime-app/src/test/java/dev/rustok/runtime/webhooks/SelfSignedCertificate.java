package dev.rustok.runtime.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A certificate for 127.0.0.1 and localhost made by the JDK's keytool for this test JVM,
 * once: the receiver serves HTTPS with its key, and the runtime trusts it only because
 * the tests set {@code rustok.webhooks.trust-store} to {@link #trustStore()}.
 */
public final class SelfSignedCertificate {

	public static final String PASSWORD = "receiver-" + System.nanoTime();

	private static Path directory;

	private SelfSignedCertificate() {
	}

	/** The PKCS#12 file holding only the certificate, for the client to trust. */
	public static synchronized Path trustStore() {
		return made().resolve("trust.p12");
	}

	/** TLS with the certificate's key, for the receiver. */
	public static synchronized SSLContext serverContext() {
		try (InputStream in = Files.newInputStream(made().resolve("receiver.p12"))) {
			KeyStore keys = KeyStore.getInstance("PKCS12");
			keys.load(in, PASSWORD.toCharArray());
			KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			managers.init(keys, PASSWORD.toCharArray());
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(managers.getKeyManagers(), null, null);
			return context;
		}
		catch (IOException | java.security.GeneralSecurityException failed) {
			throw new IllegalStateException(failed);
		}
	}

	private static Path made() {
		if (directory != null) {
			return directory;
		}
		try {
			Path dir = Files.createTempDirectory("webhook-receiver");
			String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
			run(keytool, "-genkeypair", "-alias", "receiver", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
					"CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
					"-keystore", dir.resolve("receiver.p12").toString(), "-storepass", PASSWORD);
			run(keytool, "-exportcert", "-alias", "receiver", "-keystore", dir.resolve("receiver.p12").toString(),
					"-storepass", PASSWORD, "-file", dir.resolve("receiver.crt").toString());
			run(keytool, "-importcert", "-noprompt", "-alias", "receiver", "-file",
					dir.resolve("receiver.crt").toString(), "-storetype", "PKCS12", "-keystore",
					dir.resolve("trust.p12").toString(), "-storepass", PASSWORD);
			directory = dir;
			return dir;
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	private static void run(String... command) throws IOException {
		Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
		try {
			String output = new String(process.getInputStream().readAllBytes());
			if (process.waitFor() != 0) {
				throw new IOException("keytool failed: " + output);
			}
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IOException(interrupted);
		}
	}

}
