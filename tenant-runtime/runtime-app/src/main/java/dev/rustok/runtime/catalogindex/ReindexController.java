package dev.rustok.runtime.catalogindex;

import dev.rustok.runtime.shared.Tenant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A shop's reindex on its admin API (docs/adr/0066): start it, then read its progress;
 * the storefront keeps answering meanwhile.
 */
@RestController
@RequestMapping(path = "/api/admin/reindex", produces = MediaType.APPLICATION_JSON_VALUE)
class ReindexController {

	private final Reindexing reindexing;

	ReindexController(Reindexing reindexing) {
		this.reindexing = reindexing;
	}

	@PostMapping
	@Operation(summary = "Rebuild the shop's storefront documents",
			description = "Starts a reindex in the background unless one is running, and answers its progress.")
	@ApiResponse(responseCode = "202", description = "Started, or already running", useReturnTypeSchema = true)
	ResponseEntity<ReindexProgress> start(Tenant tenant) {
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(this.reindexing.start(tenant));
	}

	@GetMapping
	@Operation(summary = "Read the progress of the shop's last reindex")
	ReindexProgress progress(Tenant tenant) {
		return this.reindexing.progress(tenant);
	}

}
