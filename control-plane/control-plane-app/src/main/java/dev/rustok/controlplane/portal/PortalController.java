package dev.rustok.controlplane.portal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.rustok.controlplane.AlreadyExists;
import dev.rustok.controlplane.FieldError;
import dev.rustok.controlplane.InvalidRequest;
import dev.rustok.controlplane.NotFound;
import dev.rustok.controlplane.provisioning.PlatformProperties;
import dev.rustok.controlplane.signup.SignupAccepted;
import dev.rustok.controlplane.signup.SignupRequest;
import dev.rustok.controlplane.signup.Signups;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The portal's pages. The signup form works without JavaScript: it posts here, and the
 * answer is the form again with every field error, or a 303 to the shop's status page,
 * which reloads itself until the shop is ready. The password is never put back into a
 * page or a URL.
 */
@Controller
class PortalController {

	private final PlatformProperties platform;

	private final Signups signups;

	PortalController(PlatformProperties platform, Signups signups) {
		this.platform = platform;
		this.signups = signups;
	}

	/** What the form shows again after a refused submission: never the password. */
	record FormValues(String shopName, String slug, String ownerEmail) {

		static final FormValues EMPTY = new FormValues(null, null, null);

	}

	// a GET never signs anyone up, whatever its query says (a form submitted as GET by
	// an old page would put the password there)
	@GetMapping("/")
	String signupPage(Model model) {
		return form(model, FormValues.EMPTY, Map.of(), null);
	}

	@PostMapping(path = "/signup", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	Object signUp(@RequestParam(required = false) String shopName, @RequestParam(required = false) String slug,
			@RequestParam(required = false) String ownerEmail, @RequestParam(required = false) String password,
			Model model, HttpServletResponse response) {
		FormValues values = new FormValues(shopName, slug, ownerEmail);
		try {
			SignupAccepted accepted = this.signups.signUp(new SignupRequest(shopName, slug, ownerEmail, password));
			RedirectView toStatus = new RedirectView(statusPage(accepted.slug()));
			toStatus.setStatusCode(HttpStatus.SEE_OTHER);
			return toStatus;
		}
		catch (InvalidRequest invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(model, values, byField(invalid.errors()), "Please correct the marked fields.");
		}
		catch (AlreadyExists taken) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return form(model, values, byField(List.of(taken.error())), null);
		}
	}

	@GetMapping("/signup/{slug}")
	String statusPage(@PathVariable String slug, Model model, HttpServletResponse response) {
		try {
			model.addAttribute("status", this.signups.status(slug));
			return "signup-status";
		}
		catch (NotFound unknown) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("status", HttpStatus.NOT_FOUND.value());
			model.addAttribute("title", "No such shop");
			model.addAttribute("sentence", unknown.getMessage());
			return "error-page";
		}
	}

	static String statusPage(String slug) {
		return "/signup/" + slug;
	}

	private String form(Model model, FormValues values, Map<String, String> errors, String formError) {
		model.addAttribute("exampleUrl", this.platform.storefrontUrl("your-shop"));
		model.addAttribute("passwordPolicy", "Your password: " + Signups.PASSWORD_POLICY);
		model.addAttribute("form", values);
		model.addAttribute("errors", errors);
		model.addAttribute("formError", formError);
		return "portal";
	}

	private static Map<String, String> byField(List<FieldError> errors) {
		return errors.stream()
			.collect(Collectors.groupingBy(FieldError::field, LinkedHashMap::new,
					Collectors.mapping(FieldError::reason, Collectors.joining("; "))));
	}

}
