package dev.rustok.controlplane.signup;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a merchant sends to open a shop. The slug's own rules live in {@link SignupRules},
 * because they are shared with provisioning and need more than an annotation can say.
 */
public record SignupRequest(
		@NotBlank(message = "must not be blank") @Size(max = 100,
				message = "must be at most 100 characters") String shopName,
		@NotNull(message = "is required") String slug,
		@NotBlank(message = "must not be blank") @Email(message = "must be a valid email address") @Size(max = 254,
				message = "must be at most 254 characters") String ownerEmail,
		@NotNull(message = "is required") @Size(min = 8, max = 128,
				message = "must be 8 to 128 characters long") String password) {

	@Override
	public String toString() {
		return "SignupRequest[shopName=" + this.shopName + ", slug=" + this.slug + ", ownerEmail=" + this.ownerEmail
				+ "]";
	}

}
