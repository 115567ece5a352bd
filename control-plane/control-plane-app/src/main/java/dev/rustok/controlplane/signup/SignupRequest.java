package dev.rustok.controlplane.signup;

/**
 * What a merchant sends to open a shop, as JSON to the API or as the portal's form. Every
 * rule lives in {@link SignupRules}, because lengths are counted in code points and some
 * rules need more than an annotation can say.
 */
public record SignupRequest(String shopName, String slug, String ownerEmail, String password) {

	@Override
	public String toString() {
		return "SignupRequest[shopName=" + this.shopName + ", slug=" + this.slug + ", ownerEmail=" + this.ownerEmail
				+ "]";
	}

}
