package dev.rustok.controlplane.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code rustok.web.trusted-proxies}: the addresses whose {@code X-Forwarded-*} headers
 * the control plane believes (the gateway's). A request from any other address is taken
 * as it arrived: its forwarded host cannot make it the console's, its forwarded proto
 * cannot make it secure. Loopback only by default.
 *
 * @param trustedProxies IP addresses (literals, no host names) of the proxies in front
 */
@ConfigurationProperties("rustok.web")
public record TrustedProxies(@DefaultValue( {
		"127.0.0.1", "::1" }) List<String> trustedProxies){

	public TrustedProxies {
		trustedProxies.forEach(TrustedProxies::literal);
	}

	/** The addresses as the regular expression Tomcat's {@code RemoteIpValve} takes. */
	String asRegex() {
		return this.trustedProxies.stream()
			.map(TrustedProxies::literal)
			.map(Pattern::quote)
			.collect(Collectors.joining("|"));
	}

	// Tomcat writes remote addresses in full form (0:0:0:0:0:0:0:1), so each address is
	// normalised the same way; an IP literal is never looked up in DNS
	private static String literal(String address) {
		if (!address.matches("[0-9a-fA-F:.]+")) {
			throw new IllegalArgumentException(
					"rustok.web.trusted-proxies takes IP addresses only, not '" + address + "'");
		}
		try {
			return InetAddress.getByName(address).getHostAddress();
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("rustok.web.trusted-proxies: '" + address + "' is not an IP address",
					ex);
		}
	}

}
