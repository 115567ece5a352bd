package dev.rustok.gateway.edge;

import java.net.InetAddress;
import java.util.List;
import java.util.Objects;

import io.netty.util.NetUtil;

/**
 * The proxies in front of the gateway whose word it takes: their {@code X-Forwarded-For}
 * names the client (rate limits, docs/adr/0043) and their {@code X-Forwarded-Proto} says
 * whether the browser's connection was TLS (HSTS, docs/adr/0092). One list,
 * {@code rustok.gateway.rate-limits.trusted-proxies}, read here only, so the two can
 * never disagree (docs/adr/0098). Each entry is an IP address or a CIDR block
 * ({@code 10.0.0.0/8}, {@code 2001:db8::/32}), parsed as a literal and never looked up in
 * DNS; anything else, and a block of every address ({@code 0.0.0.0/0}, {@code ::/0}: no
 * wildcard trust), stops the gateway at start.
 */
public final class TrustedProxies {

	/** The property that names them. */
	public static final String PROPERTY = "rustok.gateway.rate-limits.trusted-proxies";

	private final List<Block> blocks;

	private TrustedProxies(List<Block> blocks) {
		this.blocks = List.copyOf(blocks);
	}

	/**
	 * Parses the configured entries; blank ones are ignored.
	 * @throws IllegalArgumentException naming the property and the entry that is neither
	 * an IP address nor a CIDR block
	 */
	public static TrustedProxies of(List<String> entries) {
		return new TrustedProxies(entries.stream()
			.map(String::trim)
			.filter((entry) -> !entry.isEmpty())
			.map(TrustedProxies::block)
			.toList());
	}

	/** No proxy is trusted: the gateway is the edge. */
	public boolean isEmpty() {
		return this.blocks.isEmpty();
	}

	/** Whether a peer at this address is one of the trusted proxies. */
	public boolean trusts(InetAddress peer) {
		if (peer == null) {
			return false;
		}
		byte[] address = peer.getAddress();
		return this.blocks.stream().anyMatch((block) -> block.contains(address));
	}

	/**
	 * The address an IP literal names, or {@code null} for anything else (a host name is
	 * not looked up: {@code InetAddress.getByName} would resolve it).
	 */
	public static InetAddress literal(String value) {
		return (NetUtil.isValidIpV4Address(value) || NetUtil.isValidIpV6Address(value))
				? NetUtil.createInetAddressFromIpAddressString(value) : null;
	}

	private static Block block(String entry) {
		int slash = entry.indexOf('/');
		InetAddress address = literal((slash < 0) ? entry : entry.substring(0, slash));
		if (address == null) {
			throw refused(entry, "is neither an IP address nor a CIDR block");
		}
		int bits = address.getAddress().length * 8;
		int prefix = (slash < 0) ? bits : prefixLength(entry, entry.substring(slash + 1), bits);
		if (prefix == 0) {
			// every address: any client could name itself in X-Forwarded-For and claim
			// TLS
			throw refused(entry, "trusts every address; name the proxies' own addresses or blocks");
		}
		return new Block(address.getAddress(), prefix);
	}

	private static int prefixLength(String entry, String digits, int bits) {
		if (!digits.matches("[0-9]{1,3}") || Integer.parseInt(digits) > bits) {
			throw refused(entry, "has a prefix length outside 0 to " + bits);
		}
		return Integer.parseInt(digits);
	}

	private static IllegalArgumentException refused(String entry, String reason) {
		return new IllegalArgumentException(PROPERTY + ": '" + entry + "' " + reason);
	}

	/** The addresses whose first {@code prefix} bits are those of {@code network}. */
	private record Block(byte[] network, int prefix) {

		Block {
			Objects.requireNonNull(network);
		}

		boolean contains(byte[] address) {
			// an IPv4 peer never matches an IPv6 block and the other way round
			if (address.length != this.network.length) {
				return false;
			}
			int whole = this.prefix / 8;
			for (int i = 0; i < whole; i++) {
				if (address[i] != this.network[i]) {
					return false;
				}
			}
			int rest = this.prefix % 8;
			if (rest == 0) {
				return true;
			}
			int mask = (0xff << (8 - rest)) & 0xff;
			return (address[whole] & mask) == (this.network[whole] & mask);
		}

	}

}
