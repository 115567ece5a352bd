package dev.rustok.runtime;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import dev.rustok.devservices.KeycloakTokens;
import dev.rustok.devservices.StaffAdminClient;
import dev.rustok.devservices.KeycloakTokens.TokenAnswer;
import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import jakarta.ws.rs.ForbiddenException;
import org.junit.jupiter.api.Test;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.representations.idm.RealmRepresentation;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The shop's staff through {@code /api/admin/staff} on real Keycloak (docs/adr/0078,
 * 0079): who may change whom, the last owner, the plan's staff accounts under concurrent
 * adds, another shop's token and ids, and a new member signing in with their role.
 */
class StaffApiIT extends RuntimeIntegrationTest {

	private static final String PASSWORD = "staff-pass-" + UUID.randomUUID();

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	@Test
	void anOwnerAddsAnEditorWhoSignsInWithTheRoleOnceTheyChooseAPassword() {
		Shop shop = shop("staff");
		String email = "Editor-" + UUID.randomUUID() + "@Staff.example";

		Answer added = add(shop, shop.ownerToken(), email, "editor");

		assertThat(added.status()).as(added.body()).isEqualTo(201);
		String id = added.json().get("id").asString();
		assertThat(added.header("Location")).isEqualTo("/api/admin/staff/" + id);
		assertThat(added.json().get("email").asString()).isEqualTo(email.toLowerCase());
		assertThat(added.json().get("role").asString()).isEqualTo("editor");
		String temporary = added.json().get("temporaryPassword").asString();
		assertThat(temporary).hasSize(20);
		assertThat(emails(list(shop, shop.ownerToken()))).contains(email.toLowerCase());
		Answer read = this.runtime.get(shop.id(), shop.ownerToken(), "/api/admin/staff/" + id);
		assertThat(read.json().has("temporaryPassword")).as("shown once only").isFalse();

		TokenAnswer withTemporary = new KeycloakTokens(RuntimePlatform.KEYCLOAK)
			.passwordGrantAnswer(shop.route().realm(), KeycloakTokens.DEV_CLI_CLIENT, email.toLowerCase(), temporary);
		assertThat(withTemporary.status()).as("the one-time password must be replaced first").isEqualTo(400);
		assertThat(withTemporary.body().path("error_description").asString()).contains("not fully set up");

		FirstSignIn.choosePassword(shop.route().realm(), email.toLowerCase(), PASSWORD);
		String token = new KeycloakTokens(RuntimePlatform.KEYCLOAK).devCliToken(shop.route().realm(),
				email.toLowerCase(), PASSWORD);
		assertThat(KeycloakTokens.realmRoles(token)).contains("editor").doesNotContain("owner", "admin");
		assertThat(this.runtime.get(shop.id(), token, "/api/admin/products").status()).isEqualTo(200);
		assertThat(this.runtime.get(shop.id(), token, "/api/admin/staff").status())
			.as("an editor does not see the staff")
			.isEqualTo(403);
	}

	@Test
	void editorsAndViewersNeitherListNorAddStaff() {
		Shop shop = shop("staff");
		for (String role : List.of("editor", "viewer")) {
			String token = token(shop, role);
			assertThat(this.runtime.get(shop.id(), token, "/api/admin/staff").status()).as(role).isEqualTo(403);
			assertThat(add(shop, token, "by-" + role + "-" + UUID.randomUUID() + "@staff.example", "viewer").status())
				.as(role)
				.isEqualTo(403);
		}
	}

	@Test
	void anAdminManagesStaffButNeverMakesChangesOrRemovesAnOwner() {
		Shop shop = shop("staff");
		String admin = token(shop, "admin");
		String ownerId = memberId(shop, shop.ownerEmail());

		Answer viewer = add(shop, admin, "viewer-" + UUID.randomUUID() + "@staff.example", "viewer");
		assertThat(viewer.status()).as(viewer.body()).isEqualTo(201);
		String viewerId = viewer.json().get("id").asString();
		Answer owner = add(shop, admin, "owner-" + UUID.randomUUID() + "@staff.example", "owner");
		Answer promote = patch(shop, admin, viewerId, "{\"role\":\"owner\"}");
		Answer demote = patch(shop, admin, ownerId, "{\"role\":\"admin\"}");
		Answer disable = patch(shop, admin, ownerId, "{\"enabled\":false}");
		Answer remove = this.runtime.delete(shop.id(), admin, "/api/admin/staff/" + ownerId);

		for (Answer refused : List.of(owner, promote, demote, disable, remove)) {
			assertThat(refused.status()).as(refused.body()).isEqualTo(403);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.json().has("quota")).as("a role refusal, not the plan's").isFalse();
		}
		assertThat(role(shop, ownerId)).isEqualTo("owner");
		assertThat(role(shop, viewerId)).isEqualTo("viewer");
		Answer toEditor = patch(shop, admin, viewerId, "{\"role\":\"editor\"}");
		assertThat(toEditor.status()).as(toEditor.body()).isEqualTo(200);
		assertThat(role(shop, viewerId)).isEqualTo("editor");
		assertThat(this.runtime.delete(shop.id(), admin, "/api/admin/staff/" + viewerId).status()).isEqualTo(204);
		assertThat(memberIds(shop)).doesNotContain(viewerId);
	}

	@Test
	void nobodyDemotesDisablesOrRemovesTheLastOwnerButAnOwnerMayHandOver() {
		Shop shop = shop("staff-owners");
		String owner = shop.ownerToken();
		String ownerId = memberId(shop, shop.ownerEmail());

		for (Answer refused : List.of(patch(shop, owner, ownerId, "{\"role\":\"admin\"}"),
				patch(shop, owner, ownerId, "{\"enabled\":false}"),
				this.runtime.delete(shop.id(), owner, "/api/admin/staff/" + ownerId))) {
			assertThat(refused.status()).as(refused.body()).isEqualTo(409);
			assertThat(refused.json().get("errors").get(0).get("reason").asString()).contains("last owner");
		}
		assertThat(role(shop, ownerId)).isEqualTo("owner");

		Answer second = add(shop, owner, "second-owner-" + UUID.randomUUID() + "@staff.example", "owner");
		assertThat(second.status()).as(second.body()).isEqualTo(201);
		Answer demoted = patch(shop, owner, second.json().get("id").asString(), "{\"role\":\"viewer\"}");
		assertThat(demoted.status()).as(demoted.body()).isEqualTo(200);
		assertThat(demoted.json().get("role").asString()).isEqualTo("viewer");
	}

	@Test
	void refusesBadBodiesNamingTheFieldAndAnEmailTheShopAlreadyHas() {
		Shop shop = shop("staff");
		String owner = shop.ownerToken();
		List<String> before = memberIds(shop);

		Map<String, String> badBodies = Map.of("{\"role\":\"editor\"}", "email",
				"{\"email\":\"not-an-address\",\"role\":\"editor\"}", "email",
				"{\"email\":\"jo@staff.example\",\"role\":\"superuser\"}", "role", "{\"email\":\"jo@staff.example\"}",
				"role", "{\"email\":42,\"role\":\"editor\"}", "email");
		badBodies.forEach((body, field) -> {
			Answer refused = this.runtime.post(shop.id(), owner, "/api/admin/staff", body);
			assertThat(refused.status()).as(body + " " + refused.body()).isEqualTo(400);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.json().get("errors").get(0).get("field").asString()).as(body).isEqualTo(field);
		});
		Answer taken = add(shop, owner, shop.ownerEmail().toUpperCase(), "editor");
		assertThat(taken.status()).as(taken.body()).isEqualTo(409);
		assertThat(taken.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
		Answer badChange = patch(shop, owner, before.get(0), "{\"role\":\"root\"}");
		assertThat(badChange.status()).isEqualTo(400);
		assertThat(this.runtime.get(shop.id(), owner, "/api/admin/staff/not-a-uuid").status()).isEqualTo(400);
		assertThat(memberIds(shop)).as("nothing stored").containsExactlyInAnyOrderElementsOf(before);
	}

	@Test
	void aBasicShopTakesItsStaffAccountsBesidesTheOwnerEvenWhenAddsRaceAndNoMore() throws Exception {
		Shop shop = RuntimePlatform.shop("staff-quota", this.hazelcast, "basic");
		String owner = shop.ownerToken();
		int attempts = RuntimePlatform.BASIC_STAFF_ACCOUNTS + 4;

		List<Answer> answers;
		try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<Answer>> racing = IntStream.range(0, attempts)
				.mapToObj((i) -> pool
					.submit(() -> add(shop, owner, "race-" + i + "-" + UUID.randomUUID() + "@staff.example", "editor")))
				.toList();
			answers = racing.stream().map(StaffApiIT::join).toList();
		}

		assertThat(answers.stream().filter((answer) -> answer.status() == 201))
			.hasSize(RuntimePlatform.BASIC_STAFF_ACCOUNTS);
		List<Answer> refused = answers.stream().filter((answer) -> answer.status() != 201).toList();
		assertThat(refused).hasSize(attempts - RuntimePlatform.BASIC_STAFF_ACCOUNTS);
		for (Answer answer : refused) {
			assertThat(answer.status()).as(answer.body()).isEqualTo(403);
			assertThat(answer.contentType()).startsWith("application/problem+json");
			assertThat(answer.json().get("quota").asString()).isEqualTo("staff accounts");
			assertThat(answer.json().get("allowed").asInt()).isEqualTo(RuntimePlatform.BASIC_STAFF_ACCOUNTS);
			assertThat(answer.json().get("plan").asString()).isEqualTo("basic");
			assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
		}
		JsonNode staff = list(shop, owner);
		assertThat(staff).hasSize(RuntimePlatform.BASIC_STAFF_ACCOUNTS + 1);

		// a disabled member frees a place, and taking it back needs one
		String first = answers.stream()
			.filter((answer) -> answer.status() == 201)
			.findFirst()
			.orElseThrow()
			.json()
			.get("id")
			.asString();
		assertThat(patch(shop, owner, first, "{\"enabled\":false}").status()).isEqualTo(200);
		Answer replacement = add(shop, owner, "replacement-" + UUID.randomUUID() + "@staff.example", "viewer");
		assertThat(replacement.status()).as(replacement.body()).isEqualTo(201);
		Answer reenable = patch(shop, owner, first, "{\"enabled\":true}");
		assertThat(reenable.status()).as(reenable.body()).isEqualTo(403);
		assertThat(reenable.json().get("errors").get(0).get("field").asString()).isEqualTo("enabled");
		assertThat(this.runtime.delete(shop.id(), owner, "/api/admin/staff/" + replacement.json().get("id").asString())
			.status()).isEqualTo(204);
		assertThat(patch(shop, owner, first, "{\"enabled\":true}").status()).isEqualTo(200);
	}

	@Test
	void aTokenOfAnotherShopNeitherListsNorAddsAndAnotherShopsMemberIsNotFound() {
		Shop shop = shop("staff");
		Shop other = shop("staff-other");
		String otherOwnerId = memberId(other, other.ownerEmail());

		Answer listed = this.runtime.get(shop.id(), other.ownerToken(), "/api/admin/staff");
		Answer added = add(shop, other.ownerToken(), "intruder-" + UUID.randomUUID() + "@staff.example", "owner");
		assertThat(listed.status()).isEqualTo(401);
		assertThat(added.status()).isEqualTo(401);

		String owner = shop.ownerToken();
		assertThat(this.runtime.get(shop.id(), owner, "/api/admin/staff/" + otherOwnerId).status()).isEqualTo(404);
		assertThat(patch(shop, owner, otherOwnerId, "{\"enabled\":false}").status()).isEqualTo(404);
		assertThat(this.runtime.delete(shop.id(), owner, "/api/admin/staff/" + otherOwnerId).status()).isEqualTo(404);
		assertThat(emails(list(shop, owner))).doesNotContain(other.ownerEmail());
		assertThat(role(other, otherOwnerId)).as("the other shop's owner is untouched").isEqualTo("owner");
		assertThat(FirstSignIn.exists(other.route().realm(), other.ownerEmail())).isTrue();
	}

	@Test
	void theRuntimesStaffClientManagesTheShopsUsersButNeitherItsClientsItsSettingsNorMastersUsers() {
		Shop shop = shop("staff");
		String realm = shop.route().realm();
		try (Keycloak account = KeycloakBuilder.builder()
			.serverUrl(RuntimePlatform.KEYCLOAK.baseUrl())
			.realm("master")
			.grantType(OAuth2Constants.CLIENT_CREDENTIALS)
			.clientId(StaffAdminClient.CLIENT_ID)
			.clientSecret(RuntimePlatform.STAFF_CLIENT_SECRET)
			.build()) {
			assertThat(account.realm(realm).users().searchByEmail(shop.ownerEmail(), true)).hasSize(1);
			RealmRepresentation renamed = new RealmRepresentation();
			renamed.setDisplayName("Taken over");
			assertThatExceptionOfType(ForbiddenException.class)
				.isThrownBy(() -> account.realm(realm).clients().findAll());
			assertThatExceptionOfType(ForbiddenException.class).isThrownBy(() -> account.realm(realm).update(renamed));
			assertThatExceptionOfType(ForbiddenException.class)
				.isThrownBy(() -> account.realm("master").users().list());
			// the token carries no roles: it does not grow with the number of shops
			String token = account.tokenManager().getAccessTokenString();
			assertThat(KeycloakTokens.claims(token).has("resource_access")).isFalse();
		}
	}

	private Answer add(Shop shop, String token, String email, String role) {
		return this.runtime.post(shop.id(), token, "/api/admin/staff",
				"{\"email\":\"%s\",\"role\":\"%s\"}".formatted(email, role));
	}

	private Answer patch(Shop shop, String token, String id, String json) {
		HttpRequest.Builder request = this.runtime.request(shop.id(), "/api/admin/staff/" + id)
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.method("PATCH", HttpRequest.BodyPublishers.ofString(json));
		return this.runtime.send(request);
	}

	private JsonNode list(Shop shop, String token) {
		Answer answer = this.runtime.get(shop.id(), token, "/api/admin/staff");
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json().get("items");
	}

	private List<String> memberIds(Shop shop) {
		return list(shop, shop.ownerToken()).valueStream().map((member) -> member.get("id").asString()).toList();
	}

	private static List<String> emails(JsonNode members) {
		return members.valueStream().map((member) -> member.get("email").asString()).toList();
	}

	private String memberId(Shop shop, String email) {
		return list(shop, shop.ownerToken()).valueStream()
			.filter((member) -> member.get("email").asString().equals(email))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asString();
	}

	private String role(Shop shop, String id) {
		Answer answer = this.runtime.get(shop.id(), shop.ownerToken(), "/api/admin/staff/" + id);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		return answer.json().get("role").asString();
	}

	/** A token of a user of the shop's realm with exactly this role. */
	private static String token(Shop shop, String role) {
		return TOKENS.computeIfAbsent(shop.id() + role, (key) -> {
			String username = role + "-" + UUID.randomUUID() + "@staff.example";
			StaffUsers.createWithRole(shop.route().realm(), username, PASSWORD, role);
			return new KeycloakTokens(RuntimePlatform.KEYCLOAK).devCliToken(shop.route().realm(), username, PASSWORD);
		});
	}

	private static Answer join(Future<Answer> answer) {
		try {
			return answer.get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
