package dev.rustok.controlplane;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real Keycloak behind a switch: a TCP relay on a loopback port that passes every
 * connection on to Keycloak while it is on, and drops connections (and cuts open ones)
 * while it is off, the way a Keycloak that is down or restarting looks to the control
 * plane.
 */
public final class KeycloakSwitch implements AutoCloseable {

	private final ServerSocket listener;

	private final URI target;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile boolean on = true;

	public KeycloakSwitch(String keycloakUrl) {
		this.target = URI.create(keycloakUrl);
		try {
			this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Thread.ofVirtual().name("keycloak-switch").start(this::accept);
	}

	/** The URL to give the control plane instead of Keycloak's own. */
	public String url() {
		return "http://127.0.0.1:" + this.listener.getLocalPort();
	}

	public void turnOff() {
		this.on = false;
		this.open.forEach(KeycloakSwitch::closeQuietly);
	}

	public void turnOn() {
		this.on = true;
	}

	@Override
	public void close() {
		closeQuietly(this.listener);
		this.open.forEach(KeycloakSwitch::closeQuietly);
	}

	private void accept() {
		while (!this.listener.isClosed()) {
			try {
				Socket client = this.listener.accept();
				if (!this.on) {
					closeQuietly(client);
					continue;
				}
				Socket upstream = new Socket(this.target.getHost(), this.target.getPort());
				this.open.add(client);
				this.open.add(upstream);
				Thread.ofVirtual().start(() -> pump(client, upstream));
				Thread.ofVirtual().start(() -> pump(upstream, client));
			}
			catch (IOException ex) {
				// the listener closed, or Keycloak refused: the client sees its socket
				// close
			}
		}
	}

	private void pump(Socket from, Socket to) {
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			in.transferTo(out);
		}
		catch (IOException ex) {
			// one side closed
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
			this.open.remove(from);
			this.open.remove(to);
		}
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// already closed
		}
	}

}
