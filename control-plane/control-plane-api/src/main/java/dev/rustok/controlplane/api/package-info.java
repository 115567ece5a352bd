/**
 * The control plane's published protocol: what every other process may rely on.
 *
 * <p>
 * Tenant routes in Hazelcast (written by provisioning, read by the gateway and the
 * runtime), the headers the gateway sets for the runtime, and how a Hazelcast member of
 * the platform joins its cluster. Records and constants only; no Spring.
 */
package dev.rustok.controlplane.api;
