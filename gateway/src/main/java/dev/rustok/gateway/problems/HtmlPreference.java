package dev.rustok.gateway.problems;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Whether a client would rather read a page than problem+json: browsers name text/html
 * explicitly, API clients name JSON or nothing but a wildcard.
 */
final class HtmlPreference {

	private static final List<MediaType> HTML = List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML);

	private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);

	private HtmlPreference() {
	}

	static boolean prefersHtml(HttpHeaders headers) {
		List<MediaType> accepted;
		try {
			accepted = headers.getAccept();
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
		double html = bestQuality(accepted, HTML);
		return html > 0 && html >= bestQuality(accepted, JSON);
	}

	private static double bestQuality(List<MediaType> accepted, List<MediaType> wanted) {
		return accepted.stream()
			.filter((type) -> wanted.stream().anyMatch((want) -> want.equalsTypeAndSubtype(type)))
			.mapToDouble(MediaType::getQualityValue)
			.max()
			.orElse(0);
	}

}
