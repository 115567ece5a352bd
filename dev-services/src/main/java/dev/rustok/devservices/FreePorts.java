package dev.rustok.devservices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** Ports on 127.0.0.1 that nothing listens on right now. */
public final class FreePorts {

	private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

	private static final int LOWEST = 20_000;

	private FreePorts() {
	}

	/**
	 * A free port not handed out before in this JVM: the kernel may offer a port it just
	 * gave for one that nothing listens on yet, and a platform given one port twice does
	 * not start (two members, or a server and a management port, on the same port).
	 */
	public static int next() {
		for (int attempt = 0; attempt < 1_000; attempt++) {
			int port = anyFree();
			if (HANDED_OUT.add(port)) {
				return port;
			}
		}
		throw new IllegalStateException("no free port on 127.0.0.1 that was not handed out already");
	}

	// below the kernel's ephemeral range: a port from that range (what binding port 0
	// offers) can be taken as the local port of an outgoing connection between the moment
	// it
	// is handed out and the moment its server binds it (seen in CI: a Hazelcast member
	// could
	// not bind a port another member's connection had just been given)
	private static int anyFree() {
		int below = ephemeralRangeStart();
		if (below - LOWEST > 1_000) {
			ThreadLocalRandom random = ThreadLocalRandom.current();
			for (int attempt = 0; attempt < 100; attempt++) {
				int port = random.nextInt(LOWEST, below);
				if (isFree(port)) {
					return port;
				}
			}
		}
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("no free port on 127.0.0.1", ex);
		}
	}

	private static int ephemeralRangeStart() {
		try {
			// by lines: readString read one byte of this /proc file
			String range = Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).getFirst().trim();
			return Integer.parseInt(range.split("\\s+")[0]);
		}
		catch (IOException | RuntimeException ex) {
			// not Linux, or not readable: the IANA dynamic range starts here
			return 49152;
		}
	}

	public static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
