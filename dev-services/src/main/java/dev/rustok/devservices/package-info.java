/**
 * Real services without Docker, in one place: PostgreSQL (a given server or an embedded
 * one), Keycloak (the official distribution as a child process), free ports, child
 * processes that stop with their parent, and the whole platform as processes. Used by the
 * launcher ({@code ./rustok}), the integration tests of every module and the end-to-end
 * journeys.
 */
package dev.rustok.devservices;
