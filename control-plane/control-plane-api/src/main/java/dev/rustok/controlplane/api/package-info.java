/**
 * The control plane's published protocol: what every other process may rely on.
 *
 * <p>
 * Tenant routes in Hazelcast (written by provisioning, read by the gateway and the
 * runtime), the names a tenant's realm and schema get from its id, the headers the
 * gateway sets for the runtime, and how a Hazelcast member of the platform joins its
 * cluster ({@code rustok.cluster.*}). Records and constants only; no Spring (each service
 * binds {@link dev.rustok.controlplane.api.ClusterSettings} with its own {@code Binder}).
 */
package dev.rustok.controlplane.api;
