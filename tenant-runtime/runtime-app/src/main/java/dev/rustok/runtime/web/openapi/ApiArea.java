package dev.rustok.runtime.web.openapi;

import java.util.List;

import io.swagger.v3.oas.models.tags.Tag;

/** The parts of the API, as tags in the document. */
enum ApiArea {

	STOREFRONT("storefront", "Public and read-only: what shoppers see. Only active products appear."),
	CATALOG("catalog",
			"Products, variants, prices, images, collections and categories. Any staff role reads; "
					+ "owner, admin and editor write."),
	INVENTORY("inventory",
			"Stock per variant and location, adjustments with a reason, low-stock thresholds. "
					+ "Any staff role reads; owner, admin and editor write."),
	ORDERS("orders",
			"Orders with their timeline; fulfil, deliver, cancel, refund or mark paid. Any staff role reads; "
					+ "owner and admin change orders."),
	CUSTOMERS("customers",
			"A signed-in customer's own profile, addresses and orders. A customer token of the shop's realm only; "
					+ "staff tokens are refused."),
	SETTINGS("settings", "The shop's own settings, such as the currencies it sells in. Owner and admin only."),
	STAFF("staff",
			"The people who work on the shop and their roles, within the plan's staff accounts. Owner and admin only;"
					+ " only an owner changes an owner."),
	WEBHOOKS("webhooks",
			"Endpoints that receive the shop's events, signed (Standard Webhooks), and their delivery log. "
					+ "Any staff role reads; owner and admin change them."),
	OTHER("shop", "Other endpoints of the shop.");

	private final String tag;

	private final String description;

	ApiArea(String tag, String description) {
		this.tag = tag;
		this.description = description;
	}

	String tag() {
		return this.tag;
	}

	static ApiArea of(String path) {
		if (path.startsWith("/api/admin/inventory")) {
			return INVENTORY;
		}
		if (path.startsWith("/api/admin/orders")) {
			return ORDERS;
		}
		if (path.startsWith("/api/admin/settings")) {
			return SETTINGS;
		}
		if (path.startsWith("/api/admin/staff")) {
			return STAFF;
		}
		if (path.startsWith("/api/admin/webhooks")) {
			return WEBHOOKS;
		}
		if (path.startsWith("/api/admin")) {
			return CATALOG;
		}
		if (path.startsWith("/api/store/customer")) {
			return CUSTOMERS;
		}
		if (path.startsWith("/api/store")) {
			return STOREFRONT;
		}
		return OTHER;
	}

	static List<Tag> tags(List<ApiArea> used) {
		return used.stream().sorted().map((area) -> new Tag().name(area.tag).description(area.description)).toList();
	}

}
