package dev.rustok.controlplane.console;

import java.security.Principal;

import dev.rustok.controlplane.provisioning.PlatformProperties;
import dev.rustok.controlplane.registry.TenantRegistry;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The console's pages; read-only for now. */
@Controller
@OnConsoleHost
class ConsoleController {

	static final String FORBIDDEN = "/forbidden";

	private final TenantRegistry registry;

	private final PlatformProperties platform;

	ConsoleController(TenantRegistry registry, PlatformProperties platform) {
		this.registry = registry;
		this.platform = platform;
	}

	@GetMapping("/")
	String tenants(Model model, Principal admin) {
		model.addAttribute("admin", admin.getName());
		model.addAttribute("tenants",
				this.registry.all().stream().map((tenant) -> TenantRow.of(tenant, this.platform)).toList());
		return "console";
	}

	// reached by forward from Spring Security, which has set the 403 status
	@RequestMapping(FORBIDDEN)
	String forbidden(Model model, Principal user) {
		model.addAttribute("user", (user != null) ? user.getName() : null);
		return "console-forbidden";
	}

}
