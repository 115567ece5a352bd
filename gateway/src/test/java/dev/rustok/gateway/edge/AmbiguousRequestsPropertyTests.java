package dev.rustok.gateway.edge;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

class AmbiguousRequestsPropertyTests {

	private static final List<String> HOST = List.of("acme.rustok.test");

	@Property
	void forwardsEveryPathMadeOfOrdinarySegments(@ForAll("ordinaryPaths") String path) {
		assertThat(AmbiguousRequests.find(HOST, path)).isEmpty();
	}

	@Property
	void refusesAnOrdinaryPathOnceAnAmbiguityIsSlippedIn(@ForAll("ordinaryPaths") String path,
			@ForAll("ambiguities") String ambiguity, @ForAll @IntRange(min = 0, max = 1000) int at) {
		int slash = slashPositions(path).get(at % slashPositions(path).size());
		String ambiguous = path.substring(0, slash) + ambiguity + path.substring(slash);

		assertThat(AmbiguousRequests.find(HOST, ambiguous)).as(ambiguous)
			.hasValueSatisfying((found) -> assertThat(found.field()).isEqualTo("path"));
	}

	@Provide
	Arbitrary<String> ordinaryPaths() {
		Arbitrary<String> segment = Arbitraries.strings()
			.withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_~.")
			.ofMinLength(1)
			.ofMaxLength(12)
			.filter((text) -> !text.equals(".") && !text.equals(".."))
			.map((text) -> text.replace("%", ""));
		Arbitrary<String> encoded = Arbitraries.of("%C3%A9", "%20", "%E2%82%AC", "%41");
		return Arbitraries.oneOf(segment, segment, segment, encoded)
			.list()
			.ofMinSize(1)
			.ofMaxSize(6)
			.map((segments) -> "/" + String.join("/", segments));
	}

	@Provide
	Arbitrary<String> ambiguities() {
		return Arbitraries.of("/", ";x", "/..", "/.", "/%2e%2E", "%2F", "%2f", "%5C", "\\", "%252f", "%00", "%0A");
	}

	private static List<Integer> slashPositions(String path) {
		List<Integer> positions = new ArrayList<>();
		for (int i = 0; i < path.length(); i++) {
			if (path.charAt(i) == '/') {
				positions.add(i);
			}
		}
		return positions;
	}

}
