package dev.rustok.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * Sends a request byte for byte over a socket and reads the answer until the server
 * closes, for requests an HTTP client would refuse to send or would normalise (two Host
 * headers, dot segments, a broken request line).
 */
public final class RawHttp {

	private RawHttp() {
	}

	/**
	 * @param port a port on 127.0.0.1
	 * @param head the request line and headers, lines separated by CRLF, without the
	 * blank line; {@code Connection: close} is added
	 */
	public static Response send(int port, String head) {
		return send(port, head, new byte[0]);
	}

	/**
	 * @param port a port on 127.0.0.1
	 * @param head the request line and headers, as for {@link #send(int, String)}
	 * @param body sent after the head as is (chunk framing included, if any); the server
	 * may answer and close before all of it is sent
	 */
	public static Response send(int port, String head, byte[] body) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
			return exchange(socket, head, body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param port a port on 127.0.0.1 that serves TLS
	 * @param tls trusts the server's certificate
	 * @param serverName the name sent as SNI and checked against the certificate
	 * @param head the request line and headers, as for {@link #send(int, String)}
	 */
	public static Response sendOverTls(int port, SSLContext tls, String serverName, String head) {
		try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
			SSLParameters parameters = socket.getSSLParameters();
			parameters.setServerNames(List.of(new SNIHostName(serverName)));
			parameters.setEndpointIdentificationAlgorithm("HTTPS");
			socket.setSSLParameters(parameters);
			return exchange(socket, head, new byte[0]);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Response exchange(Socket socket, String head, byte[] body) throws IOException {
		socket.setSoTimeout(20000);
		try {
			socket.getOutputStream()
				.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().write(body);
			socket.getOutputStream().flush();
		}
		catch (IOException ex) {
			// the server answered early and closed: read what it said
		}
		return Response.parse(readAll(socket.getInputStream()));
	}

	// a server that answers before reading the whole body resets the connection when it
	// closes it: what it sent before is still there to read
	private static String readAll(InputStream in) throws IOException {
		ByteArrayOutputStream received = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
				received.write(buffer, 0, n);
			}
		}
		catch (SocketException ex) {
			if (received.size() == 0) {
				throw ex;
			}
		}
		return received.toString(StandardCharsets.UTF_8);
	}

	/** A response: status, headers (names lower case) and body. */
	public record Response(int status, List<String[]> headers, String body) {

		static Response parse(String raw) {
			int end = raw.indexOf("\r\n\r\n");
			String head = (end >= 0) ? raw.substring(0, end) : raw;
			String body = (end >= 0) ? raw.substring(end + 4) : "";
			String[] lines = head.split("\r\n");
			int status = Integer.parseInt(lines[0].split(" ")[1]);
			List<String[]> headers = new ArrayList<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.add(new String[] { lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).strip() });
			}
			return new Response(status, headers, body);
		}

		public String header(String name) {
			return this.headers.stream()
				.filter((header) -> header[0].equals(name.toLowerCase(Locale.ROOT)))
				.map((header) -> header[1])
				.findFirst()
				.orElse(null);
		}

	}

}
