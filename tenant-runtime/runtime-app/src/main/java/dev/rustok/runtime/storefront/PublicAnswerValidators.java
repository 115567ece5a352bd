package dev.rustok.runtime.storefront;

import java.util.Optional;

import dev.rustok.runtime.shared.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The validator of a shop's public catalogue answers (docs/adr/0113): the shop's cache
 * generation, which every change of its catalogue, stock or currencies retires after it
 * commits (docs/adr/0067), with this build's time, so a release that answers in another
 * shape never matches an older copy. A browser or a CDN keeps the answer and asks again
 * each time ({@code no-cache}); while nothing changed it gets a 304 without a body, and
 * the node reads nothing but the generation.
 */
@Component
class PublicAnswerValidators {

	private static final Logger log = LoggerFactory.getLogger(PublicAnswerValidators.class);

	private final CacheGenerations generations;

	private final String release;

	PublicAnswerValidators(CacheGenerations generations, ObjectProvider<BuildProperties> build) {
		this.generations = generations;
		BuildProperties properties = build.getIfAvailable();
		this.release = (properties != null && properties.getTime() != null)
				? Long.toString(properties.getTime().toEpochMilli(), 36) : "dev";
	}

	/**
	 * Whether the client's copy is current: then the answer is already a 304 and the
	 * handler returns nothing. Otherwise the answer gets its validator and may be kept.
	 */
	boolean notModified(Tenant tenant, ServletWebRequest request) {
		Optional<String> etag = etag(tenant);
		if (etag.isEmpty()) {
			// no validator: Spring Security's no-store stays
			return false;
		}
		if (request.checkNotModified(etag.get())) {
			return true;
		}
		if (request.getResponse() != null) {
			request.getResponse().setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		}
		return false;
	}

	private Optional<String> etag(Tenant tenant) {
		try {
			return Optional
				.of("W/\"" + this.release + "-" + Long.toHexString(this.generations.current(tenant.id())) + "\"");
		}
		catch (RuntimeException clusterUnavailable) {
			// the read goes to the database as the cache does then; without a generation
			// nothing says when the answer changes
			log.debug("No validator for the answer: {}", clusterUnavailable.toString());
			return Optional.empty();
		}
	}

}
