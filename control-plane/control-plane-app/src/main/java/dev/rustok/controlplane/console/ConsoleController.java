package dev.rustok.controlplane.console;

import java.security.Principal;

import dev.rustok.controlplane.ControlPlaneException;
import dev.rustok.controlplane.provisioning.FailedTenants;
import dev.rustok.controlplane.provisioning.PlatformProperties;
import dev.rustok.controlplane.registry.TenantRegistry;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's pages: the tenant list, and the forms that retry or abandon a tenant
 * whose provisioning failed (POST with Spring Security's CSRF token).
 */
@Controller
@OnConsoleHost
class ConsoleController {

	static final String FORBIDDEN = "/forbidden";

	private final TenantRegistry registry;

	private final PlatformProperties platform;

	private final FailedTenants failedTenants;

	ConsoleController(TenantRegistry registry, PlatformProperties platform, FailedTenants failedTenants) {
		this.registry = registry;
		this.platform = platform;
		this.failedTenants = failedTenants;
	}

	@GetMapping("/")
	String tenants(Model model, Principal admin) {
		model.addAttribute("admin", admin.getName());
		model.addAttribute("tenants",
				this.registry.all().stream().map((tenant) -> TenantRow.of(tenant, this.platform)).toList());
		return "console";
	}

	@PostMapping("/tenants/{slug}/retry")
	String retry(@PathVariable String slug, Principal admin, RedirectAttributes notice) {
		return act(notice, () -> this.failedTenants.retry(slug, admin.getName()),
				"Provisioning of " + slug + " runs again.");
	}

	@PostMapping("/tenants/{slug}/abandon")
	String abandon(@PathVariable String slug, Principal admin, RedirectAttributes notice) {
		return act(notice, () -> this.failedTenants.abandon(slug, admin.getName()),
				slug + " was abandoned: its schema, realm and routes are gone and the address is free.");
	}

	// post, redirect, get: reloading the list does not repeat the action
	private static String act(RedirectAttributes notice, Runnable action, String done) {
		try {
			action.run();
			notice.addFlashAttribute("notice", done);
		}
		catch (ControlPlaneException ex) {
			notice.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/";
	}

	// reached by forward from Spring Security, which has set the 403 status
	@RequestMapping(FORBIDDEN)
	String forbidden(Model model, Principal user) {
		model.addAttribute("user", (user != null) ? user.getName() : null);
		return "console-forbidden";
	}

}
