package dev.rustok.controlplane.api;

/** Whether the gateway lets shoppers reach a tenant. */
public enum TenantStatus {

	ACTIVE, SUSPENDED

}
