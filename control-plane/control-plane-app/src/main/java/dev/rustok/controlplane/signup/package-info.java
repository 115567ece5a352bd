/**
 * Signup: {@code POST /api/signup} registers a shop on the trial plan and starts
 * provisioning; {@code GET /api/signup/{slug}} reports its progress. Depends on
 * {@code registry} and {@code provisioning}.
 */
package dev.rustok.controlplane.signup;
