package dev.rustok.controlplane.signup;

/** The answer to an accepted signup: where to watch the shop being built. */
public record SignupAccepted(String slug, String status, String statusUrl) {

}
