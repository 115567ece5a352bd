package dev.rustok.controlplane.api;

/**
 * Headers the gateway sets on every request it forwards to the tenant runtime. The
 * gateway removes any copy a client sent; the runtime trusts the tenant header only when
 * the signature matches.
 */
public final class GatewayHeaders {

	/** The tenant id resolved from the Host header. */
	public static final String TENANT = "X-Rustok-Tenant";

	/**
	 * {@link TenantSignature} of the request and its tenant, proving the gateway set the
	 * tenant for this very request.
	 */
	public static final String TENANT_SIGNATURE = "X-Rustok-Tenant-Signature";

	private GatewayHeaders() {
	}

}
