package org.fazhi.enforcement;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.fazhi.enforcement.internal.entities.EntityRegister;
import org.fazhi.enforcement.internal.entities.RegulatedEntity;
import org.fazhi.organisation.FazhiUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regulated entities of the enforcement register (市场主体) as other modules see them: only the active ones, only
 * those the user reads through the register's own scope (a community worker: their community's), so that a letter,
 * a request or a figure elsewhere never names an entity its user could not open in the register.
 */
@Service
@Transactional(readOnly = true)
public class RegisteredEntities {

	/** An active entity of the register: its community, name, GB 32100 credit code and category. */
	public record Entity(long id, long communityId, String name, String creditCode, EntityCategory category) {

		/** One of the 三小场所 (small shops, workshops and entertainment venues). */
		public boolean smallVenue() {
			return category == EntityCategory.SMALL_SHOP || category == EntityCategory.SMALL_WORKSHOP
					|| category == EntityCategory.SMALL_ENTERTAINMENT;
		}
	}

	private final EntityRegister register;

	RegisteredEntities(EntityRegister register) {
		this.register = register;
	}

	/** The active entity of the credit code the user reads, if there is one (the code in capitals or not). */
	public Optional<Entity> byCreditCode(FazhiUser user, String creditCode) {
		if (creditCode == null || creditCode.isBlank()) {
			return Optional.empty();
		}
		return register.activeByCreditCode(user, creditCode.strip().toUpperCase(Locale.ROOT))
			.map(RegisteredEntities::entity);
	}

	/** Every active entity the user reads, by community and name. */
	public List<Entity> active(FazhiUser user) {
		return register.list(user, null, null, null).stream().filter(RegulatedEntity::isActive)
			.map(RegisteredEntities::entity).toList();
	}

	private static Entity entity(RegulatedEntity e) {
		return new Entity(e.getId(), e.getCommunityId(), e.getName(), e.getCreditCode(), e.getCategory());
	}
}
