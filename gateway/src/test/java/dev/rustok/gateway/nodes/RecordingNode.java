package dev.rustok.gateway.nodes;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * A runtime node in a JVM of its own, for tests that kill it with SIGKILL: a small
 * HTTP/1.1 server (keep-alive, like the real runtime) that appends the body of every POST
 * (a request id) to a file before it answers 201. The write reaches the kernel before the
 * answer leaves, so a node killed afterwards keeps it, as a database would. Its
 * management port answers {@code GET /actuator/health}.
 *
 * <p>
 * Mode {@code cut}: stores the write, then cuts the response off after a few bytes of its
 * status line and resets the connection.
 *
 * <p>
 * Arguments: {@code port managementPort storeFile answer|cut}.
 */
public final class RecordingNode {

	private final FileChannel store;

	private final boolean cut;

	private RecordingNode(FileChannel store, boolean cut) {
		this.store = store;
		this.cut = cut;
	}

	public static void main(String[] args) throws IOException {
		FileChannel store = FileChannel.open(Path.of(args[2]), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.APPEND);
		RecordingNode node = new RecordingNode(store, "cut".equals(args[3]));
		ServerSocket traffic = listen(Integer.parseInt(args[0]));
		ServerSocket management = listen(Integer.parseInt(args[1]));
		Thread.ofVirtual().start(() -> node.serve(management));
		System.out.println("recording node ready");
		node.serve(traffic);
	}

	private static ServerSocket listen(int port) throws IOException {
		ServerSocket socket = new ServerSocket();
		socket.setReuseAddress(true);
		socket.bind(new InetSocketAddress("127.0.0.1", port), 512);
		return socket;
	}

	private void serve(ServerSocket server) {
		while (true) {
			try {
				Socket socket = server.accept();
				Thread.ofVirtual().start(() -> connection(socket));
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void connection(Socket socket) {
		try (socket) {
			InputStream in = new BufferedInputStream(socket.getInputStream());
			OutputStream out = new BufferedOutputStream(socket.getOutputStream());
			while (exchange(socket, in, out)) {
				out.flush();
			}
			out.flush();
		}
		catch (IOException ex) {
			// the peer went away
		}
	}

	// one request and its answer; false when the connection ends
	private boolean exchange(Socket socket, InputStream in, OutputStream out) throws IOException {
		String requestLine = line(in);
		if (requestLine == null || requestLine.isEmpty()) {
			return false;
		}
		int contentLength = 0;
		boolean close = false;
		for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
			String lower = header.toLowerCase(Locale.ROOT);
			if (lower.startsWith("content-length:")) {
				contentLength = Integer.parseInt(lower.substring(15).strip());
			}
			close |= lower.startsWith("connection:") && lower.contains("close");
		}
		byte[] body = in.readNBytes(contentLength);
		String[] parts = requestLine.split(" ");
		if (parts[0].equals("POST")) {
			store(body);
			if (this.cut) {
				out.write("HTTP/1.1 201 Cre".getBytes(StandardCharsets.US_ASCII));
				out.flush();
				socket.setSoLinger(true, 0);
				return false;
			}
			answer(out, 201, "{\"stored\":\"" + new String(body, StandardCharsets.UTF_8) + "\"}");
		}
		else if (parts[1].equals("/actuator/health")) {
			answer(out, 200, "{\"status\":\"UP\"}");
		}
		else {
			answer(out, 200, "{\"node\":\"recording\"}");
		}
		return !close;
	}

	private void store(byte[] body) throws IOException {
		byte[] line = (new String(body, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
		synchronized (this.store) {
			this.store.write(ByteBuffer.wrap(line));
		}
	}

	private static void answer(OutputStream out, int status, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		String head = "HTTP/1.1 " + status + (status == 201 ? " Created" : " OK") + "\r\n"
				+ "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
		out.write(head.getBytes(StandardCharsets.US_ASCII));
		out.write(body);
	}

	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != -1; b = in.read()) {
			if (b == '\n') {
				String text = line.toString(StandardCharsets.ISO_8859_1);
				return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
			}
			line.write(b);
		}
		return (line.size() > 0) ? line.toString(StandardCharsets.ISO_8859_1) : null;
	}

}
