package dev.rustok.controlplane.signup;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.hazelcast.core.HazelcastInstance;
import dev.rustok.controlplane.ControlPlaneServices;
import dev.rustok.controlplane.OwnerLogin;
import dev.rustok.controlplane.PortalApi;
import dev.rustok.controlplane.PortalApi.Answer;
import dev.rustok.controlplane.api.TenantRoute;
import dev.rustok.controlplane.api.TenantRouteMaps;
import dev.rustok.controlplane.api.TenantStatus;
import dev.rustok.provisioning.OwnerPassword;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(SignupApiIT.CountedHashing.class)
class SignupApiIT {

	private static final ControlPlaneServices services = new ControlPlaneServices();

	private static final String PASSWORD = "correct-horse-battery-9";

	@LocalServerPort
	int port;

	@Autowired
	HazelcastInstance hazelcast;

	@Autowired
	JdbcClient jdbc;

	PortalApi api;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry properties) {
		services.register(properties);
	}

	@AfterAll
	static void dropDatabase() {
		services.database().drop();
	}

	@BeforeEach
	void connect() {
		this.api = new PortalApi(this.port);
	}

	@Test
	void aSignupBecomesAnActiveShopWhoseOwnerCanLogInAndOnlyThenIsRouted() {
		String slug = ControlPlaneServices.aSlug();
		String email = "owner@" + slug + ".example";

		Answer accepted = this.api.signUp("Acme Shoes", slug, email, PASSWORD);

		assertThat(accepted.status()).isEqualTo(202);
		assertThat(accepted.location()).isEqualTo("/api/signup/" + slug);
		assertThat(accepted.json())
			.isEqualTo(Map.of("slug", slug, "status", "PROVISIONING", "statusUrl", "/api/signup/" + slug));
		Answer active = await().atMost(Duration.ofMinutes(1)).until(() -> {
			boolean routedBefore = isRouted(slug);
			Answer status = this.api.get("/api/signup/" + slug);
			boolean routedAfter = isRouted(slug);
			if (routedBefore) {
				assertThat(status.steps()).as("a route is published only for a complete tenant")
					.filteredOn((step) -> !step.get("name").equals("ROUTE"))
					.allSatisfy((step) -> assertThat(step).containsEntry("done", true));
			}
			if ("ACTIVE".equals(status.json().get("status"))) {
				assertThat(routedAfter).as("an active shop is routed").isTrue();
			}
			else {
				assertThat(status.json()).containsEntry("status", "PROVISIONING").doesNotContainKey("storefrontUrl");
			}
			return status;
		}, (status) -> "ACTIVE".equals(status.json().get("status")));

		assertThat(active.json()).containsEntry("slug", slug)
			.containsEntry("shopName", "Acme Shoes")
			.containsEntry("storefrontUrl", "http://" + slug + ".localhost:8080/")
			.doesNotContainKey("failureReason");
		assertThat(active.steps()).extracting((step) -> step.get("name"), (step) -> step.get("done"))
			.containsExactly(tuple("SCHEMA", true), tuple("MIGRATIONS", true), tuple("REALM", true),
					tuple("ROUTE", true));
		TenantRoute route = TenantRouteMaps.byHost(this.hazelcast).get(slug + ".localhost");
		assertThat(route).isEqualTo(new TenantRoute(slug + ".localhost", slug, TenantStatus.ACTIVE, "tenant-" + slug,
				"trial", "t_" + slug.replace('-', '_')));
		assertThat(TenantRouteMaps.byTenantId(this.hazelcast).get(slug)).isEqualTo(route);
		assertThat(OwnerLogin.realmRoles(slug, email, PASSWORD)).contains("owner");
		assertThat(storedPasswordHashes(slug)).as("the registry forgets the password once the realm has it").isZero();
	}

	static Stream<Arguments> badSignups() {
		return Stream.of(Arguments.of("Acme", "Acme", "jo@acme.example", PASSWORD, "slug", "lower-case"),
				Arguments.of("Acme", "acme_shoes", "jo@acme.example", PASSWORD, "slug", "lower-case"),
				Arguments.of("Acme", "-acme", "jo@acme.example", PASSWORD, "slug", "dash"),
				Arguments.of("Acme", "ab", "jo@acme.example", PASSWORD, "slug", "3 to 40"),
				Arguments.of("Acme", "a".repeat(41), "jo@acme.example", PASSWORD, "slug", "3 to 40"),
				Arguments.of("Acme", "admin", "jo@acme.example", PASSWORD, "slug", "reserved"),
				Arguments.of("Acme", "portal", "jo@acme.example", PASSWORD, "slug", "reserved"),
				Arguments.of("Acme", "__SLUG__", "not-an-email", PASSWORD, "ownerEmail", "valid email"),
				Arguments.of("Acme", "__SLUG__", "", PASSWORD, "ownerEmail", "blank"),
				Arguments.of("Acme", "__SLUG__", "jo@acme.example", "short", "password", "12 to 128"),
				Arguments.of("Acme", "__SLUG__", "jo@acme.example", "p".repeat(129), "password", "12 to 128"),
				Arguments.of("Acme", "__SLUG__", "a@b", PASSWORD, "ownerEmail", "needs a dot"),
				Arguments.of("Acme", "__SLUG__", "jo@acme.example", "aaaaaaaaaaaa", "password", "5 different"),
				Arguments.of("Acme", "__SLUG__", "jo@acme.example", "JO@ACME.EXAMPLE", "password", "email"),
				Arguments.of("Ac\u0000me", "__SLUG__", "jo@acme.example", PASSWORD, "shopName", "U+0000"),
				Arguments.of("Acme", "__SLUG__", "jo@acme.example\u0000", PASSWORD, "ownerEmail", "U+0000"),
				Arguments.of("Acme", "__SLUG__", "jo@acme.example", PASSWORD + "\u0001", "password", "U+0001"),
				Arguments.of(" ", "__SLUG__", "jo@acme.example", PASSWORD, "shopName", "blank"),
				Arguments.of("S".repeat(101), "__SLUG__", "jo@acme.example", PASSWORD, "shopName", "100"));
	}

	@ParameterizedTest
	@MethodSource("badSignups")
	void rejectsABadFieldNamingItAndItsReasonAndStoresNothing(String shopName, String slug, String email,
			String password, String field, String reason) {
		String usedSlug = slug.equals("__SLUG__") ? ControlPlaneServices.aSlug() : slug;
		int tenantsBefore = tenantCount();

		Answer answer = this.api.signUp(shopName, usedSlug, email, password);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.errors()).anySatisfy((error) -> assertThat(error).containsEntry("field", field)
			.hasEntrySatisfying("reason", (text) -> assertThat((String) text).contains(reason)));
		assertThat(tenantCount()).isEqualTo(tenantsBefore);
		assertThat(this.api.get("/api/signup/" + usedSlug).status()).isEqualTo(404);
	}

	@Test
	void refusesALoneSurrogateNamingTheFieldInsteadOfStoringAQuestionMark() {
		String slug = ControlPlaneServices.aSlug();

		Answer answer = this.api.post("application/json", "{\"shopName\": \"Acme \\ud83d shoes\", \"slug\": \"" + slug
				+ "\", \"ownerEmail\": \"jo@acme.example\", \"password\": \"" + PASSWORD + "\"}");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.errors()).singleElement()
			.satisfies((error) -> assertThat(error).containsEntry("field", "shopName")
				.hasEntrySatisfying("reason", (text) -> assertThat((String) text).contains("surrogate")));
		assertThat(this.api.get("/api/signup/" + slug).status()).isEqualTo(404);
	}

	@Test
	void acceptsAShopNameOf100EmojiBecauseLengthsAreCountedInCodePoints() {
		String slug = ControlPlaneServices.aSlug();

		Answer answer = this.api.signUp("🛍".repeat(100), slug, "jo@" + slug + ".example", PASSWORD);

		assertThat(answer.status()).isEqualTo(202);
		assertThat(this.api.get("/api/signup/" + slug).json()).containsEntry("shopName", "🛍".repeat(100));
	}

	@Test
	void refusesABodyThatIsNotAnObjectWithoutNamingAJavaClass() {
		for (String body : new String[] { "[]", "\"acme\"", "42", "{\"shopName\": [1]}" }) {
			Answer answer = this.api.post("application/json", body);

			assertThat(answer.status()).as(body).isEqualTo(400);
			assertThat(answer.contentType()).startsWith("application/problem+json");
			assertThat(answer.body()).as(body).doesNotContain("dev.rustok", "SignupRequest", "java.", "String");
		}
	}

	@Test
	void refusesANumberWhereTextIsExpectedInsteadOfConvertingIt() {
		Answer answer = this.api.post("application/json", "{\"shopName\": \"Acme\", \"slug\": 12345,"
				+ " \"ownerEmail\": \"jo@acme.example\", \"password\": \"" + PASSWORD + "\"}");

		assertThat(answer.status()).isEqualTo(400);
		assertThat((String) answer.json().get("detail")).contains("'slug'", "wrong type");
	}

	@Test
	void aSignupForATakenSlugIsRefusedBeforeThePasswordIsHashed() {
		String slug = ControlPlaneServices.aSlug();
		assertThat(this.api.signUp("First Shop", slug, "first@" + slug + ".example", PASSWORD).status()).isEqualTo(202);
		int hashesBefore = CountedHashing.hashes.get();

		for (int duplicate = 0; duplicate < 20; duplicate++) {
			assertThat(this.api.signUp("Copy " + duplicate, slug, "copy@" + slug + ".example", PASSWORD).status())
				.isEqualTo(409);
		}
		int hashesForDuplicates = CountedHashing.hashes.get() - hashesBefore;
		String other = ControlPlaneServices.aSlug();
		assertThat(this.api.signUp("Other Shop", other, "jo@" + other + ".example", PASSWORD).status()).isEqualTo(202);

		assertThat(hashesForDuplicates).as("hashes computed for 20 signups bound to fail").isZero();
		assertThat(CountedHashing.hashes.get() - hashesBefore).as("hashes for one valid signup").isEqualTo(1);
	}

	@Test
	void listsEveryMissingFieldAtOnce() {
		Answer answer = this.api.post("application/json", "{}");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.errors()).extracting((error) -> error.get("field"))
			.containsExactlyInAnyOrder("ownerEmail", "password", "shopName", "slug");
	}

	@Test
	void namesTheParseProblemOfMalformedJson() {
		Answer answer = this.api.post("application/json", "{\"shopName\": \"Acme\", \"slug\": ");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat((String) answer.json().get("detail")).contains("not valid JSON").contains("line 1");
	}

	@Test
	void namesAFieldSentWithTheWrongType() {
		Answer answer = this.api.post("application/json",
				"{\"shopName\": {\"a\": 1}, \"slug\": \"acme\", \"ownerEmail\": \"jo@acme.example\", \"password\": \"x\"}");

		assertThat(answer.status()).isEqualTo(400);
		assertThat((String) answer.json().get("detail")).contains("shopName");
	}

	@Test
	void saysSoWhenTheBodyIsMissing() {
		Answer answer = this.api.postWithoutBody();

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat((String) answer.json().get("detail")).contains("missing");
	}

	@Test
	void refusesABodyOver16KiB() {
		int tenantsBefore = tenantCount();

		Answer answer = this.api.post("application/json",
				"{\"shopName\": \"" + "x".repeat(17 * 1024) + "\", \"slug\": \"" + ControlPlaneServices.aSlug()
						+ "\", \"ownerEmail\": \"jo@acme.example\"," + " \"password\": \"" + PASSWORD + "\"}");

		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat((String) answer.json().get("detail")).contains("16 KiB");
		assertThat(tenantCount()).isEqualTo(tenantsBefore);
	}

	@Test
	void refusesAFormPostWith415() {
		Answer answer = this.api.post("application/x-www-form-urlencoded", "shopName=Acme&slug=acme");

		assertThat(answer.status()).isEqualTo(415);
		assertThat(answer.contentType()).startsWith("application/problem+json");
	}

	@Test
	void aSecondSignupForATakenSlugGets409AndLeavesTheFirstShopAlone() {
		String slug = ControlPlaneServices.aSlug();
		assertThat(this.api.signUp("First Shop", slug, "first@" + slug + ".example", PASSWORD).status()).isEqualTo(202);

		Answer second = this.api.signUp("Second Shop", slug, "second@" + slug + ".example", "another password");

		assertThat(second.status()).isEqualTo(409);
		assertThat(second.contentType()).startsWith("application/problem+json");
		assertThat(second.errors()).singleElement()
			.satisfies((error) -> assertThat(error).containsEntry("field", "slug"));
		Answer first = await().atMost(Duration.ofMinutes(1))
			.until(() -> this.api.get("/api/signup/" + slug), (status) -> "ACTIVE".equals(status.json().get("status")));
		assertThat(first.json()).containsEntry("shopName", "First Shop");
		assertThat(ownerEmail(slug)).isEqualTo("first@" + slug + ".example");
		assertThat(OwnerLogin.realmRoles(slug, "first@" + slug + ".example", PASSWORD)).contains("owner");
	}

	@Test
	void anUnknownSlugHasNoStatus() {
		Answer answer = this.api.get("/api/signup/" + ControlPlaneServices.aSlug());

		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.contentType()).startsWith("application/problem+json");
	}

	@Test
	void servesThePortalSignupForm() {
		Answer page = this.api.get("/");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body())
			.contains("id=\"shopName\"", "id=\"slug\"", "id=\"ownerEmail\"", "id=\"password\"", "Create my shop",
					"id=\"storefront-link\"", "Your shop is ready", "method=\"post\"", "action=\"/signup\"",
					"<script src=\"/js/portal.js\"", "12 to 128 characters")
			.doesNotContain("<script>", "<style>");
	}

	/** Counts the password hashes signups compute, to see which requests pay for one. */
	@TestConfiguration
	static class CountedHashing {

		static final AtomicInteger hashes = new AtomicInteger();

		@Bean
		@Primary
		OwnerPasswordHashing countedHashing() {
			return (plain) -> {
				hashes.incrementAndGet();
				return OwnerPassword.hash(plain);
			};
		}

	}

	private boolean isRouted(String slug) {
		return TenantRouteMaps.byHost(this.hazelcast).containsKey(slug + ".localhost");
	}

	private int tenantCount() {
		return this.jdbc.sql("select count(*) from control.tenant").query(Integer.class).single();
	}

	private int storedPasswordHashes(String slug) {
		return this.jdbc.sql("select count(*) from control.tenant where slug = ? and owner_password_secret is not null")
			.param(slug)
			.query(Integer.class)
			.single();
	}

	private String ownerEmail(String slug) {
		return this.jdbc.sql("select owner_email from control.tenant where slug = ?")
			.param(slug)
			.query(String.class)
			.single();
	}

}
