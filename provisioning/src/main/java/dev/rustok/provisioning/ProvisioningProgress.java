package dev.rustok.provisioning;

/** Told after each step completes, so a caller can record how far a tenant got. */
@FunctionalInterface
public interface ProvisioningProgress {

	void stepDone(ProvisioningStep step);

	/**
	 * Told after the migrations step, before {@link #stepDone} of
	 * {@link ProvisioningStep#MIGRATIONS}: where the tenant's schema lives and which
	 * version its migrations brought it to.
	 * @param shard the database holding the schema (docs/adr/0029-tenant-shards.md)
	 * @param schemaVersion Flyway's version of the schema, for example {@code 4}
	 */
	default void schemaMigrated(String shard, String schemaVersion) {
	}

	static ProvisioningProgress none() {
		return (step) -> {
		};
	}

}
