package dev.rustok.devservices;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Ports on 127.0.0.1 that nothing listens on right now. */
public final class FreePorts {

	private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

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

	private static int anyFree() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("no free port on 127.0.0.1", ex);
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
