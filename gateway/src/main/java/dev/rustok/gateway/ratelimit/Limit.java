package dev.rustok.gateway.ratelimit;

/**
 * One limit a request counts against, named by the key of its bucket. A request may count
 * against several (a shop's storefront and the anonymous client's address).
 */
sealed interface Limit {

	/** The bucket's key in the cluster, unique across kinds. */
	String key();

	/** The metric tag: the kind of limit. */
	String kind();

	/**
	 * The metric tag bounded to a few values: the plan, or the kind for per-IP limits.
	 */
	String plan();

	/**
	 * Whether a request is admitted when the buckets cannot be reached (ADR 0043): shops
	 * keep serving, signup stops.
	 */
	boolean admitsWhenUncounted();

	/** A shop's storefront: everything but its admin API, by its plan. */
	record Storefront(String tenantId, String plan) implements Limit {

		@Override
		public String key() {
			// the plan is part of the key: a new plan starts a bucket with its own limits
			return "storefront/" + this.tenantId + "/" + this.plan;
		}

		@Override
		public String kind() {
			return "storefront";
		}

		@Override
		public boolean admitsWhenUncounted() {
			return true;
		}

	}

	/** A shop's admin API ({@code /api/admin/**}), by its plan. */
	record AdminApi(String tenantId, String plan) implements Limit {

		@Override
		public String key() {
			return "admin/" + this.tenantId + "/" + this.plan;
		}

		@Override
		public String kind() {
			return "admin";
		}

		@Override
		public boolean admitsWhenUncounted() {
			return true;
		}

	}

	/** A client that sent no credentials, by its address, on every host. */
	record AnonymousClient(String address) implements Limit {

		@Override
		public String key() {
			return "anonymous/" + this.address;
		}

		@Override
		public String kind() {
			return "anonymous";
		}

		@Override
		public String plan() {
			return "none";
		}

		@Override
		public boolean admitsWhenUncounted() {
			return true;
		}

	}

	/**
	 * Password and token attempts at Keycloak from one client address: its login form and
	 * token endpoints on {@code auth.<domain>} (docs/adr/0091). Keycloak counts per
	 * account; this counts per address, so one address cannot try a few passwords on each
	 * of many accounts.
	 */
	record Login(String address) implements Limit {

		@Override
		public String key() {
			return "login/" + this.address;
		}

		@Override
		public String kind() {
			return "login";
		}

		@Override
		public String plan() {
			return "none";
		}

		@Override
		public boolean admitsWhenUncounted() {
			// as signup: an uncounted guess is the very thing the limit exists to stop
			return false;
		}

	}

	/** Shops signed up from one client address. */
	record Signup(String address) implements Limit {

		@Override
		public String key() {
			return "signup/" + this.address;
		}

		@Override
		public String kind() {
			return "signup";
		}

		@Override
		public String plan() {
			return "none";
		}

		@Override
		public boolean admitsWhenUncounted() {
			return false;
		}

	}

}
