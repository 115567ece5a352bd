/**
 * This process's embedded Hazelcast member, joined to the platform cluster that carries
 * the tenant routes, and the election of one control-plane member for cluster-wide chores
 * ({@code ControlPlaneMembers}). Depends on control-plane-api only.
 */
package dev.rustok.controlplane.cluster;
