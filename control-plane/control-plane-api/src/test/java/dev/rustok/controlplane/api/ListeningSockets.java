package dev.rustok.controlplane.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The addresses the kernel says something listens on for a port, read from
 * {@code /proc/net/tcp} and {@code /proc/net/tcp6} (what {@code ss -ltn} shows), so a
 * test sees the real socket, not what Hazelcast believes it bound.
 */
final class ListeningSockets {

	private static final String LISTEN = "0A";

	private ListeningSockets() {
	}

	/** Every local address with a listening TCP socket on {@code port}. */
	static List<String> addressesListeningOn(int port) {
		return Stream.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"))
			.filter(Files::exists)
			.flatMap(ListeningSockets::lines)
			.map(String::trim)
			.map((line) -> line.split("\\s+"))
			.filter((fields) -> fields.length > 3 && fields[3].equals(LISTEN))
			.filter((fields) -> fields[1].endsWith(":" + String.format("%04X", port)))
			.map((fields) -> address(fields[1].substring(0, fields[1].indexOf(':'))))
			.toList();
	}

	private static Stream<String> lines(Path table) {
		try {
			// the first line names the columns
			return Files.readAllLines(table).stream().skip(1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// the kernel prints each 32-bit word of the address in host (little-endian) order
	private static String address(String hex) {
		byte[] raw = HexFormat.of().parseHex(hex);
		for (int word = 0; word < raw.length; word += 4) {
			reverse(raw, word);
		}
		try {
			return InetAddress.getByAddress(raw).getHostAddress();
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void reverse(byte[] raw, int from) {
		for (int i = 0; i < 2; i++) {
			byte swap = raw[from + i];
			raw[from + i] = raw[from + 3 - i];
			raw[from + 3 - i] = swap;
		}
	}

}
