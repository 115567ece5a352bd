package dev.rustok.gateway.edge;

/**
 * What makes a request ambiguous: a server behind the gateway could read it otherwise
 * than the gateway did (another path, another host).
 *
 * @param field {@code path} or {@code Host}
 * @param reason the ambiguity, in a sentence
 */
record Ambiguity(String field, String reason) {

	static Ambiguity ofPath(String reason) {
		return new Ambiguity("path", reason);
	}

	static Ambiguity ofHost(String reason) {
		return new Ambiguity("Host", reason);
	}

}
