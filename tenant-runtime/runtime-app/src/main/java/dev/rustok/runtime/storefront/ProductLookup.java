package dev.rustok.runtime.storefront;

import java.io.Serializable;
import java.util.UUID;

/** What a handle names in the storefront: an active product, a moved one, or nothing. */
public sealed interface ProductLookup extends Serializable {

	/** An active product has this handle now. */
	record Found(UUID id, String handle, String title, String description) implements ProductLookup {

	}

	/** The handle is an old one of an active product, which answers at {@code handle}. */
	record Moved(String handle) implements ProductLookup {

	}

	/** No active product has or had the handle (drafts and archived ones included). */
	record Missing() implements ProductLookup {

	}

}
