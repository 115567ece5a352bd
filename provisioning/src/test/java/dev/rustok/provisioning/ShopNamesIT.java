package dev.rustok.provisioning;

import java.util.List;
import java.util.UUID;

import dev.rustok.devservices.KeycloakServer;
import dev.rustok.devservices.KeycloakTokens;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.keycloak.representations.idm.UserRepresentation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shop's name is not a person's name: whatever the merchant calls the shop, its owner
 * can sign in. Each try provisions a real realm on the shared Keycloak, so tries are few
 * and shrinking is off.
 */
class ShopNamesIT {

	private static final String PASSWORD = "correct-horse-battery-9";

	private static final KeycloakServer KEYCLOAK = KeycloakServer.shared();

	private static final TenantRealms REALMS = new KeycloakTenantRealms(KEYCLOAK.baseUrl(), KEYCLOAK.adminUsername(),
			KEYCLOAK.adminPassword());

	private static final KeycloakTokens TOKENS = new KeycloakTokens(KEYCLOAK);

	@Property(tries = 8, shrinking = ShrinkingMode.OFF)
	void theOwnerOfAShopWithAnyNameSignsInWithNothingLeftToSetUp(@ForAll("shopNames") String shopName) {
		String slug = "name-" + UUID.randomUUID().toString().substring(0, 8);
		TenantOrder order = new TenantOrder(slug, shopName, "owner@" + slug + ".example",
				OwnerPassword.hash(PASSWORD.toCharArray()), "trial");
		REALMS.importRealm(TenantRealm.of(order, List.of(order.host("localhost")), PublicAddress.DEV, true));
		try {
			String token = TOKENS.devCliToken(order.realm(), order.ownerEmail(), PASSWORD);

			assertThat(KeycloakTokens.realmRoles(token)).contains("owner");
			assertThat(REALMS.users(order.realm())).singleElement().satisfies((owner) -> {
				assertThat(owner.getRequiredActions()).isEmpty();
				assertThat(owner.getFirstName()).isNull();
			});
			assertThat(REALMS.find(order.realm()).orElseThrow().getDisplayName()).isEqualTo(shopName);
		}
		finally {
			REALMS.delete(order.realm());
		}
	}

	@Provide
	Arbitrary<String> shopNames() {
		Arbitrary<String> known = Arbitraries.of("Tom & Jerry (Vintage)", "<b>Bold</b> & <Co>",
				"<script>alert('x')</script>", "O'Brien's \"Best\" Shop; 100% {real}", "Café 🍕 Pizza 🎉",
				"متجر الأزهار", "חנות הספרים", "Ünïcødé ∑ ≠ ∞ / \\ | ` ~ ^ $ # @ !");
		// emoji are whole code points (surrogate pairs), as a browser would send them
		Arbitrary<String> pieces = Arbitraries.oneOf(Arbitraries.chars()
			.with("&()<>'\"%;:/\\{}[]|`~^$#@!?*+= ".toCharArray())
			.range('a', 'z')
			.range('\u0621', '\u064A')
			.range('\u05D0', '\u05EA')
			.map(String::valueOf), Arbitraries.of("🍕", "🎉", "💐", "👩‍👩‍👧"));
		Arbitrary<String> generated = pieces.list()
			.ofMinSize(1)
			.ofMaxSize(40)
			.map((parts) -> String.join("", parts))
			.filter((name) -> !name.isBlank());
		return Arbitraries.oneOf(known, generated);
	}

}
