package dev.rustok.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.rustok.runtime.RuntimeClient.Answer;
import dev.rustok.runtime.RuntimePlatform.Shop;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI 3.1 document every shop serves: generated from the controllers, every error
 * documented as problem+json, the admin API behind the realm's bearer token, and clean by
 * Redocly's {@code recommended} rules (redocly.yaml), linted here so the build fails on
 * it.
 */
class OpenApiDocumentIT extends RuntimeIntegrationTest {

	private static final Path DOCUMENT = Path.of("target", "openapi", "openapi.json");

	@Test
	void everyShopServesAnOpenApi31DocumentOfItsJsonApi() {
		for (Shop shop : List.of(shop("acme"), shop("other"))) {
			Answer answer = this.runtime.get(shop.id(), "/api/openapi.json");

			assertThat(answer.status()).isEqualTo(200);
			assertThat(answer.contentType()).startsWith("application/json");
			JsonNode document = answer.json();
			assertThat(document.path("openapi").asString()).startsWith("3.1.");
			assertThat(document.path("paths").propertyNames()).contains("/api/admin/products")
				.allMatch((path) -> path.startsWith("/api/"));
		}
	}

	@Test
	void everyErrorResponseIsDocumentedAsProblemJson() {
		JsonNode document = document();
		List<String> operations = new ArrayList<>();
		forEachOperation(document, (name, operation) -> {
			operations.add(name);
			JsonNode responses = operation.path("responses");
			assertThat(responses.propertyNames()).as(name).contains("400", "404", "default");
			for (String status : responses.propertyNames()) {
				if (status.startsWith("4") || status.startsWith("5") || status.equals("default")) {
					JsonNode response = resolve(document, responses.path(status));
					assertThat(response.path("content").propertyNames()).as(name + " " + status)
						.containsExactly("application/problem+json");
					assertThat(resolve(document, response.at("/content/application~1problem+json/schema")))
						.as(name + " " + status)
						.isEqualTo(document.at("/components/schemas/Problem"));
				}
			}
		});
		assertThat(operations).isNotEmpty();
		assertThat(document.at("/components/schemas/Problem/properties").propertyNames()).contains("type", "title",
				"status", "detail", "instance", "errors");
		assertThat(document.at("/components/schemas/FieldProblem/required").toString()).contains("field", "reason");
	}

	@Test
	void adminOperationsNeedTheRealmsBearerTokenAndStorefrontOnesNone() {
		JsonNode document = document();
		JsonNode scheme = document.at("/components/securitySchemes/shopRealmToken");
		assertThat(scheme.path("type").asString()).isEqualTo("http");
		assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
		assertThat(scheme.path("bearerFormat").asString()).isEqualTo("JWT");
		forEachOperation(document, (name, operation) -> {
			JsonNode security = operation.path("security");
			if (name.contains(" /api/admin/") || name.contains(" /api/store/customer")) {
				assertThat(security.toString()).as(name).isEqualTo("[{\"shopRealmToken\":[]}]");
				assertThat(operation.path("responses").propertyNames()).as(name).contains("401", "403");
			}
			else {
				assertThat(security.toString()).as(name).isEqualTo("[]");
			}
		});
	}

	@Test
	void operationsAreNamedForWhatTheyDoAndDocumentTheStatusTheShopReallyAnswers() {
		JsonNode document = document();
		List<String> ids = new ArrayList<>();
		forEachOperation(document, (name, operation) -> ids.add(operation.path("operationId").asString()));
		assertThat(ids).doesNotHaveDuplicates().allMatch((id) -> id.matches("[a-z][A-Za-z0-9]*"));
		JsonNode create = document.at("/paths/~1api~1admin~1products/post");
		assertThat(create.path("operationId").asString()).isEqualTo("createProduct");
		assertThat(create.path("responses").propertyNames()).contains("201").doesNotContain("200");
		assertThat(create.at("/responses/201/headers/Location").isMissingNode()).isFalse();
		assertThat(document.at("/paths/~1api~1admin~1products~1{id}/delete/responses").propertyNames()).contains("204")
			.doesNotContain("200");
		JsonNode byHandle = document.at("/paths/~1api~1store~1products~1{handle}/get/responses");
		assertThat(byHandle.propertyNames()).contains("200", "308");
		assertThat(byHandle.at("/200/content").propertyNames()).isNotEmpty();
		assertThat(byHandle.at("/308/headers/Location").isMissingNode()).isFalse();
		// the catalogue reads answer a 304 to a copy that is still current
		// (docs/adr/0113)
		for (String read : List.of("~1api~1store~1products", "~1api~1store~1products~1{handle}",
				"~1api~1store~1collections", "~1api~1store~1collections~1{handle}", "~1api~1store~1categories")) {
			JsonNode responses = document.at("/paths/" + read + "/get/responses");
			assertThat(responses.propertyNames()).as(read).contains("200", "304");
			assertThat(responses.at("/200/content").propertyNames()).as(read).isNotEmpty();
			assertThat(responses.at("/304/headers/ETag").isMissingNode()).as(read).isFalse();
		}
		JsonNode archive = document.at("/paths/~1api~1admin~1products~1{id}~1archive/post");
		assertThat(archive.path("operationId").asString()).isEqualTo("archiveProduct");
		assertThat(archive.path("responses").propertyNames()).contains("200");

		// what the document promises is what the shop answers
		Shop acme = shop("acme");
		String sku = "DOC-" + UUID.randomUUID().toString().substring(0, 8);
		Answer created = this.runtime.createProduct(acme.id(), acme.ownerToken(),
				RuntimeClient.productJson(sku, "Documented lamp", 1000, "EUR"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("Location")).isNotNull();
		String id = created.json().path("id").asString();
		Answer deleted = this.runtime.delete(acme.id(), acme.ownerToken(),
				"/api/admin/products/" + id + "?version=" + created.json().path("version").asInt());
		assertThat(deleted.status()).isEqualTo(204);
	}

	@Test
	void refundsAndCancellationsDocumentTheProvidersDeclineAndUnavailabilityAsProblems() {
		JsonNode document = document();
		for (String operation : List.of("/api/admin/orders/{orderId}/refunds",
				"/api/admin/orders/{orderId}/cancellation")) {
			JsonNode responses = document.path("paths").path(operation).at("/post/responses");
			assertThat(responses.propertyNames()).as(operation).contains("200", "409", "422", "503", "default");
			for (String status : List.of("422", "503")) {
				assertThat(responses.at("/" + status + "/content").propertyNames()).as(operation + " " + status)
					.containsExactly("application/problem+json");
				assertThat(responses.at("/" + status + "/description").asString()).as(operation + " " + status)
					.contains(status.equals("422") ? "declined" : "unavailable");
			}
			assertThat(responses.at("/503/headers/Retry-After").isMissingNode()).as(operation).isFalse();
		}
		assertThat(document.at("/components/schemas/Problem/properties").propertyNames()).contains("currentState",
				"orderNumber", "voidDeclined");
	}

	@Test
	void theDocumentIsCleanByRedoclysRecommendedRules() throws Exception {
		Files.createDirectories(DOCUMENT.getParent());
		Files.writeString(DOCUMENT, document().toPrettyString(), StandardCharsets.UTF_8);

		Lint lint = Lint.run(DOCUMENT);

		assertThat(lint.exitCode()).as(lint.output()).isZero();
		assertThat(lint.output()).as(lint.output()).contains("Your API description is valid");
	}

	private JsonNode document() {
		Answer answer = this.runtime.get(shop("acme").id(), "/api/openapi.json");
		assertThat(answer.status()).isEqualTo(200);
		return answer.json();
	}

	private static JsonNode resolve(JsonNode document, JsonNode node) {
		JsonNode reference = node.path("$ref");
		return reference.isMissingNode() ? node : document.at(reference.asString().substring(1));
	}

	private static void forEachOperation(JsonNode document, java.util.function.BiConsumer<String, JsonNode> action) {
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				if (List.of("get", "put", "post", "delete", "patch", "head").contains(operation.getKey())) {
					action.accept(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue());
				}
			}
		}
	}

	/**
	 * {@code @redocly/cli lint}, installed by npx on first use (npm's cache keeps it),
	 * with its telemetry and update check off.
	 */
	private record Lint(int exitCode, String output) {

		static Lint run(Path document) throws IOException, InterruptedException {
			ProcessBuilder builder = new ProcessBuilder("npx", "--yes", "@redocly/cli@2.77.0", "lint", "--config",
					"redocly.yaml", "--format", "codeframe", document.toString())
				.redirectErrorStream(true);
			builder.environment().put("REDOCLY_TELEMETRY", "off");
			builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
			builder.environment().put("NO_COLOR", "1");
			Process process = builder.start();
			process.getOutputStream().close();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(5, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				throw new IllegalStateException("redocly lint did not finish:\n" + output);
			}
			return new Lint(process.exitValue(), output);
		}

	}

}
