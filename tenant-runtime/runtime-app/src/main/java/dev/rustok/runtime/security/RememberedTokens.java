package dev.rustok.runtime.security;

import com.github.benmanes.caffeine.cache.Cache;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A realm's decoder that remembers the tokens whose signature it has checked
 * (docs/adr/0125): a client sends the same token with every call of its lifetime, and
 * parsing it and checking its RSA signature again was a tenth of the node's CPU under a
 * write load. A remembered token still passes the realm's validators at every call (its
 * lifetime, issuer and audience), so one past its expiry goes back to the decoder and is
 * refused as before. The key is the realm and the whole token, signature included: a
 * token remembered for one realm is never another realm's, and a token whose signature
 * differs is another token.
 */
final class RememberedTokens implements JwtDecoder {

	private final String realm;

	private final JwtDecoder decoder;

	private final OAuth2TokenValidator<Jwt> validator;

	private final Cache<Key, Jwt> remembered;

	RememberedTokens(String realm, JwtDecoder decoder, OAuth2TokenValidator<Jwt> validator,
			Cache<Key, Jwt> remembered) {
		this.realm = realm;
		this.decoder = decoder;
		this.validator = validator;
		this.remembered = remembered;
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Key key = new Key(this.realm, token);
		Jwt known = this.remembered.getIfPresent(key);
		if (known != null) {
			if (!this.validator.validate(known).hasErrors()) {
				return known;
			}
			this.remembered.invalidate(key);
		}
		Jwt decoded = this.decoder.decode(token);
		this.remembered.put(key, decoded);
		return decoded;
	}

	/** A token as one realm's decoder checked it. */
	record Key(String realm, String token) {
	}

}
