package dev.rustok.runtime.web.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OperationNamesTests {

	@Test
	void aBareVerbTakesItsResourceFromThePath() {
		assertThat(OperationNames.words("create_1", "/api/admin/collections", HttpMethod.POST))
			.isEqualTo("create collection");
		assertThat(OperationNames.words("delete_2", "/api/admin/categories/{id}", HttpMethod.DELETE))
			.isEqualTo("delete category");
		assertThat(OperationNames.words("archive", "/api/admin/products/{id}/archive", HttpMethod.POST))
			.isEqualTo("archive product");
		assertThat(OperationNames.words("change", "/api/admin/settings", HttpMethod.PUT)).isEqualTo("change settings");
	}

	@Test
	void namesThatSayWhatTheyDoAreKeptAndAPutOfANounSetsIt() {
		assertThat(OperationNames.words("changePrices", "/api/admin/collections/{id}/prices", HttpMethod.POST))
			.isEqualTo("change prices");
		assertThat(OperationNames.words("lowStock", "/api/admin/inventory/low-stock", HttpMethod.GET))
			.isEqualTo("low stock");
		assertThat(OperationNames.words("threshold", "/api/admin/inventory/variants/{variantId}/threshold",
				HttpMethod.PUT))
			.isEqualTo("set threshold");
	}

	@Test
	void idsAreUniqueInTheDocumentTheSecondTakesItsAreasName() {
		OperationNames names = new OperationNames();
		Operation admin = new Operation().operationId("products");
		Operation store = new Operation().operationId("products_1");

		names.name("/api/admin/products", HttpMethod.GET, admin, ApiArea.CATALOG);
		names.name("/api/store/products", HttpMethod.GET, store, ApiArea.STOREFRONT);

		assertThat(admin.getOperationId()).isEqualTo("products");
		assertThat(store.getOperationId()).isEqualTo("storefrontProducts");
		assertThat(store.getSummary()).isEqualTo("Products");
	}

	@Test
	void aSummaryAControllerWroteIsKept() {
		Operation operation = new Operation().operationId("create").summary("Open a new shop location");

		new OperationNames().name("/api/admin/inventory/locations", HttpMethod.POST, operation, ApiArea.INVENTORY);

		assertThat(operation.getSummary()).isEqualTo("Open a new shop location");
		assertThat(operation.getOperationId()).isEqualTo("createLocation");
	}

}
