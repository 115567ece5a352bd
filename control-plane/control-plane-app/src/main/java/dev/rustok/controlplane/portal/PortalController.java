package dev.rustok.controlplane.portal;

import dev.rustok.controlplane.provisioning.PlatformProperties;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal's signup page; the page itself talks to the signup API. */
@Controller
class PortalController {

	private final PlatformProperties platform;

	PortalController(PlatformProperties platform) {
		this.platform = platform;
	}

	@GetMapping("/")
	String signupPage(Model model) {
		model.addAttribute("exampleUrl", this.platform.storefrontUrl("your-shop"));
		return "portal";
	}

}
