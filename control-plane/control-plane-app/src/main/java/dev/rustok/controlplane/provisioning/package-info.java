/**
 * Runs the provisioning pipeline ({@code dev.rustok.provisioning}) for registered tenants
 * on virtual threads, records progress in the registry, retries failed attempts with
 * backoff ({@code RetrySchedule}), lets admins retry or abandon failed tenants, and at
 * start-up republishes routes and resumes unfinished tenants. Depends on
 * {@code registry}.
 */
package dev.rustok.controlplane.provisioning;
