/**
 * Signup: {@code POST /api/signup} registers a shop on the trial plan and starts
 * provisioning (the slug is reserved before the password is hashed); {@code GET
 * /api/signup/{slug}} reports its progress and, on failure, a stable reason code. Text
 * fields are checked as Unicode text first; lengths count code points. Depends on
 * {@code registry} and {@code provisioning}.
 */
package dev.rustok.controlplane.signup;
