package dev.rustok.runtime.tenancy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.rustok.runtime.schema.TenantSchemaTemplate;
import dev.rustok.runtime.shared.Tenant;
import org.jooq.DSLContext;
import org.jooq.conf.MappedSchema;
import org.jooq.conf.RenderMapping;
import org.jooq.conf.Settings;
import org.jooq.conf.SettingsTools;

import org.springframework.stereotype.Component;

/**
 * jOOQ bound to one tenant's schema: the generated code names the template schema, and
 * render mapping replaces it by the tenant's schema as a quoted identifier, so no SQL
 * string is ever built from a tenant name. One derived context per schema, shared by all
 * requests of that tenant. The connection comes from the shard the call is bound to
 * ({@link TenantShards}), which must be the tenant's.
 */
@Component
public class TenantDsl {

	private final DSLContext template;

	private final Map<String, DSLContext> bySchema = new ConcurrentHashMap<>();

	TenantDsl(DSLContext template) {
		this.template = template;
	}

	/**
	 * jOOQ on the tenant's schema.
	 * @throws IllegalStateException when the call is not bound to the tenant's shard
	 * ({@link TenantShards#on}), so it cannot read another database than the tenant's
	 */
	public DSLContext of(Tenant tenant) {
		String bound = TenantShards.current();
		if (!bound.equals(tenant.shard())) {
			throw new IllegalStateException("Tenant " + tenant.id().value() + " lives on shard '" + tenant.shard()
					+ "' but this call is bound to shard '" + bound + "'");
		}
		return this.bySchema.computeIfAbsent(tenant.schema(), this::mappedTo);
	}

	private DSLContext mappedTo(String schema) {
		Settings settings = SettingsTools.clone(this.template.settings())
			.withRenderMapping(new RenderMapping()
				.withSchemata(new MappedSchema().withInput(TenantSchemaTemplate.NAME).withOutput(schema)));
		return this.template.configuration().derive(settings).dsl();
	}

}
