/**
 * Runs the provisioning pipeline ({@code dev.rustok.provisioning}) for registered tenants
 * on virtual threads, records progress in the registry, retries failed attempts with
 * backoff ({@code RetrySchedule}), lets admins retry or abandon failed tenants and put a
 * tenant on another plan ({@code PlanChanges}), resumes unfinished tenants at start-up,
 * and keeps the cluster's route maps equal to the registry ({@code RouteReconciler}).
 * Depends on {@code registry}.
 */
package dev.rustok.controlplane.provisioning;
