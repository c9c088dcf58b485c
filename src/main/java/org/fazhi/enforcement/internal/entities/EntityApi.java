package org.fazhi.enforcement.internal.entities;

import java.util.List;

import org.fazhi.enforcement.EntityCategory;
import org.fazhi.organisation.FazhiUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The register of regulated entities as JSON, in the caller's scope, with the contact phone masked. */
@RestController
@RequestMapping("/api/v1/enforcement/entities")
class EntityApi {

	record EntityView(long id, String name, String creditCode, EntityCategory category, long communityId,
			String address, String contactPerson, String contactPhone, boolean active) {

		static EntityView of(RegulatedEntity e) {
			return new EntityView(e.getId(), e.getName(), e.getCreditCode(), e.getCategory(), e.getCommunityId(),
					e.getAddress(), e.getContactPerson(), e.getMaskedContactPhone(), e.isActive());
		}
	}

	private final EntityRegister register;

	EntityApi(EntityRegister register) {
		this.register = register;
	}

	@GetMapping
	List<EntityView> list(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) Long community) {
		return register.list(user, community, null, null).stream().map(EntityView::of).toList();
	}

	@GetMapping("/{id}")
	EntityView one(@AuthenticationPrincipal FazhiUser user, @PathVariable long id) {
		return EntityView.of(register.get(user, id));
	}
}
