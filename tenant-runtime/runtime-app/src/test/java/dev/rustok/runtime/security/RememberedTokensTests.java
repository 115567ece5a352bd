package dev.rustok.runtime.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a realm's decoder remembers (docs/adr/0125): a token's signature is checked once
 * while it stays valid, the validators run at every call, and nothing remembered for one
 * realm or one token answers for another.
 */
class RememberedTokensTests {

	private final Cache<RememberedTokens.Key, Jwt> remembered = Caffeine.newBuilder().maximumSize(100).build();

	private final List<String> checked = new ArrayList<>();

	private final AtomicBoolean valid = new AtomicBoolean(true);

	// the realm's validators: lifetime, issuer, audience; here a switch
	private final OAuth2TokenValidator<Jwt> validator = (jwt) -> this.valid.get() ? OAuth2TokenValidatorResult.success()
			: OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The token has expired", null));

	// the signature check and the validators, as NimbusJwtDecoder runs them
	private final JwtDecoder signatureChecks = (token) -> {
		this.checked.add(token);
		Jwt jwt = jwt(token);
		OAuth2TokenValidatorResult result = this.validator.validate(jwt);
		if (result.hasErrors()) {
			throw new JwtValidationException("invalid", result.getErrors());
		}
		return jwt;
	};

	@Test
	void checksATokensSignatureOnceWhileItStaysValid() {
		RememberedTokens acme = new RememberedTokens("tenant-acme", this.signatureChecks, this.validator,
				this.remembered);

		Jwt first = acme.decode("header.claims.signature");
		Jwt again = acme.decode("header.claims.signature");

		assertThat(again).isSameAs(first);
		assertThat(this.checked).containsExactly("header.claims.signature");
	}

	@Test
	void refusesARememberedTokenOnceItsValidatorsDoAndForgetsIt() {
		RememberedTokens acme = new RememberedTokens("tenant-acme", this.signatureChecks, this.validator,
				this.remembered);
		acme.decode("header.claims.signature");

		this.valid.set(false);

		assertThatThrownBy(() -> acme.decode("header.claims.signature")).isInstanceOf(JwtValidationException.class);
		assertThat(this.remembered.asMap()).isEmpty();
		assertThat(this.checked).hasSize(2);
	}

	@Test
	void aTokenRememberedForOneRealmIsCheckedAgainForAnother() {
		RememberedTokens acme = new RememberedTokens("tenant-acme", this.signatureChecks, this.validator,
				this.remembered);
		List<String> otherChecks = new ArrayList<>();
		RememberedTokens other = new RememberedTokens("tenant-other", (token) -> {
			otherChecks.add(token);
			throw new JwtValidationException("another realm's keys", List.of(new OAuth2Error("invalid_token")));
		}, this.validator, this.remembered);
		acme.decode("header.claims.signature");

		assertThatThrownBy(() -> other.decode("header.claims.signature")).isInstanceOf(JwtValidationException.class);
		assertThat(otherChecks).containsExactly("header.claims.signature");
	}

	@Test
	void aTokenWithAnotherSignatureIsAnotherToken() {
		RememberedTokens acme = new RememberedTokens("tenant-acme", this.signatureChecks, this.validator,
				this.remembered);
		acme.decode("header.claims.signature");

		acme.decode("header.claims.forged");

		assertThat(this.checked).containsExactly("header.claims.signature", "header.claims.forged");
	}

	private static Jwt jwt(String token) {
		return Jwt.withTokenValue(token)
			.header("alg", "RS256")
			.subject("owner")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(300))
			.build();
	}

}
