package dev.rustok.controlplane.console;

import java.security.Principal;
import java.util.Arrays;

import dev.rustok.billing.Plan;

import dev.rustok.controlplane.ControlPlaneException;
import dev.rustok.controlplane.provisioning.FailedTenants;
import dev.rustok.controlplane.provisioning.PlanChanges;
import dev.rustok.controlplane.provisioning.PlatformProperties;
import dev.rustok.controlplane.realms.RealmUpgradeStatus;
import dev.rustok.controlplane.realms.RealmUpgrades;
import dev.rustok.controlplane.registry.TenantRegistry;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's pages: the tenant list, the forms that retry or abandon a tenant whose
 * provisioning failed, and the one that puts a tenant on another plan (POST with Spring
 * Security's CSRF token).
 */
@Controller
@OnConsoleHost
class ConsoleController {

	static final String FORBIDDEN = "/forbidden";

	private final TenantRegistry registry;

	private final PlatformProperties platform;

	private final FailedTenants failedTenants;

	private final PlanChanges planChanges;

	private final RealmUpgrades realmUpgrades;

	ConsoleController(TenantRegistry registry, PlatformProperties platform, FailedTenants failedTenants,
			PlanChanges planChanges, RealmUpgrades realmUpgrades) {
		this.registry = registry;
		this.platform = platform;
		this.failedTenants = failedTenants;
		this.planChanges = planChanges;
		this.realmUpgrades = realmUpgrades;
	}

	@GetMapping("/")
	String tenants(Model model, Principal admin) {
		model.addAttribute("admin", admin.getName());
		model.addAttribute("plans", Arrays.stream(Plan.values()).map(Plan::code).toList());
		model.addAttribute("tenants",
				this.registry.all().stream().map((tenant) -> TenantRow.of(tenant, this.platform)).toList());
		model.addAttribute("realmUpgrade", this.realmUpgrades.status());
		return "console";
	}

	/**
	 * Starts bringing every active shop's realm up to date (docs/adr/0097); the list page
	 * then shows its progress, reloading itself while it runs.
	 */
	@PostMapping("/realm-upgrades")
	String upgradeRealms(Principal admin, RedirectAttributes notice) {
		RealmUpgradeStatus run = this.realmUpgrades.start(admin.getName());
		notice.addFlashAttribute("notice",
				"The realm upgrade of " + run.total() + " shops runs, started by " + run.startedBy() + ".");
		return "redirect:/";
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

	@PostMapping("/tenants/{slug}/plan")
	String changePlan(@PathVariable String slug, @RequestParam(name = "plan", required = false) String plan,
			Principal admin, RedirectAttributes notice) {
		return act(notice, () -> this.planChanges.change(slug, plan, admin.getName()),
				slug + " is now on the " + plan + " plan.");
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
