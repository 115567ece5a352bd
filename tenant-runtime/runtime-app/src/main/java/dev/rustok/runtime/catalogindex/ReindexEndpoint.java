package dev.rustok.runtime.catalogindex;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * Reindex every shop this node reaches, on the management port only (loopback,
 * {@code management.server.address}): an operator's command, not a shop's
 * (docs/adr/0066).
 */
@Component
@Endpoint(id = "reindex")
class ReindexEndpoint {

	private final Reindexing reindexing;

	ReindexEndpoint(Reindexing reindexing) {
		this.reindexing = reindexing;
	}

	@ReadOperation
	public Reindexing.FleetProgress progress() {
		return this.reindexing.fleetProgress();
	}

	@WriteOperation
	public Reindexing.FleetProgress start() {
		return this.reindexing.startAll();
	}

}
