/**
 * This process's embedded Hazelcast member, joined to the platform cluster that carries
 * the tenant routes. Depends on control-plane-api only.
 */
package dev.rustok.controlplane.cluster;
