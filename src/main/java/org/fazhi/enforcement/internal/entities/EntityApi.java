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

	/**
	 * A page of the register, by community and name. {@code totalCapped}: past
	 * {@link org.fazhi.shared.CappedPage#CAP} rows the total is a lower bound; {@code exact=true} counts it.
	 */
	@GetMapping
	EntityPage list(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) Long community,
			@RequestParam(required = false) org.fazhi.enforcement.EntityCategory category,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, @RequestParam(defaultValue = "false") boolean exact) {
		int bounded = Math.min(Math.max(size, 1), 500);
		// a page past the last answers the last, as the page does
		var result = org.fazhi.shared.Paging.clamped(page, bounded,
				org.springframework.data.domain.Sort.unsorted(), p -> register.page(user, community, category, q, null,
						p.getPageNumber(), p.getPageSize(), exact));
		return new EntityPage(result.getContent().stream().map(EntityView::of).toList(), result.getNumber(),
				result.getSize(), result.getTotalElements(), result.getTotalPages(), result.isCapped());
	}

	record EntityPage(List<EntityView> content, int page, int size, long totalElements, int totalPages,
			boolean totalCapped) {
	}

	@GetMapping("/{id}")
	EntityView one(@AuthenticationPrincipal FazhiUser user, @PathVariable long id) {
		return EntityView.of(register.get(user, id));
	}
}
