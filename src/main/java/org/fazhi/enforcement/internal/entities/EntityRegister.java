package org.fazhi.enforcement.internal.entities;

import org.fazhi.enforcement.internal.EnforcementRecords;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.enforcement.EntityCategory;
import org.fazhi.organisation.DataScopes;
import org.fazhi.organisation.FazhiUser;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.shared.CappedPage;
import org.fazhi.shared.CreditCodes;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.PersonalData;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of regulated entities (市场主体台账). Reads are confined to the tenant and, for an account whose data
 * scope is its community, to that community; the contact phone is stored SM4-encrypted and shown masked.
 */
@Service
@Transactional
public class EntityRegister {

	public static final String RECORD_TYPE = "REGULATED_ENTITY";

	private final RegulatedEntities entities;
	private final OrganisationDirectory directory;
	private final AuditTrail trail;

	private final jakarta.persistence.EntityManager entityManager;

	EntityRegister(RegulatedEntities entities, OrganisationDirectory directory, AuditTrail trail,
			jakarta.persistence.EntityManager entityManager) {
		this.entityManager = entityManager;
		this.entities = entities;
		this.directory = directory;
		this.trail = trail;
	}

	@Transactional(readOnly = true)
	public List<RegulatedEntity> list(FazhiUser user, Long communityId, EntityCategory category, String text) {
		return list(user, communityId, category, text, null);
	}

	/** The entities in scope that pass the filter and, when the list is a figure's drill-down, that it counts. */
	@Transactional(readOnly = true)
	public List<RegulatedEntity> list(FazhiUser user, Long communityId, EntityCategory category, String text,
			Specification<RegulatedEntity> figure) {
		return entities.findAll(filtered(user, communityId, category, text, figure), ORDER);
	}

	/**
	 * A page of the register, filtered, ordered and paged by the database, its total counted up to
	 * {@link CappedPage#CAP} unless {@code exact}.
	 */
	@Transactional(readOnly = true)
	public CappedPage<RegulatedEntity> page(FazhiUser user, Long communityId, EntityCategory category, String text,
			Specification<RegulatedEntity> figure, int page, int size, boolean exact) {
		return CappedPage.read(entities, entityManager, RegulatedEntity.class,
				filtered(user, communityId, category, text, figure), PageRequest.of(page, size, ORDER), exact);
	}

	/** By community, then name: the order of the list's index. */
	private static final Sort ORDER = Sort.by("communityId", "name", "id");

	private static Specification<RegulatedEntity> filtered(FazhiUser user, Long communityId, EntityCategory category,
			String text, Specification<RegulatedEntity> figure) {
		Specification<RegulatedEntity> filter = DataScopes.readable(user, EnforcementRecords.ENTITY);
		if (figure != null) {
			filter = filter.and(figure);
		}
		if (communityId != null) {
			filter = filter.and((root, query, cb) -> cb.equal(root.get("communityId"), communityId));
		}
		if (category != null) {
			filter = filter.and((root, query, cb) -> cb.equal(root.get("category"), category));
		}
		String needle = text == null ? "" : text.strip();
		if (!needle.isEmpty()) {
			// a name holds the text as written; a credit code holds it in capitals (the code's letters are capitals)
			String name = "%" + likeEscaped(needle) + "%";
			String code = "%" + likeEscaped(needle.toUpperCase(Locale.ROOT)) + "%";
			filter = filter.and((root, query, cb) -> cb.or(cb.like(root.get("name"), name, '\\'),
					cb.like(root.get("creditCode"), code, '\\')));
		}
		return filter;
	}

	/** The text with LIKE's wildcards taken literally. */
	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/** The active entity of the credit code (as registered, in capitals) that the user reads, if any. */
	@Transactional(readOnly = true)
	public Optional<RegulatedEntity> activeByCreditCode(FazhiUser user, String creditCode) {
		return entities.findOne(DataScopes.<RegulatedEntity>readable(user, EnforcementRecords.ENTITY)
			.and((root, query, cb) -> cb.and(cb.equal(root.get("creditCode"), creditCode), cb.isTrue(root.get("active")))));
	}

	@Transactional(readOnly = true)
	public RegulatedEntity get(FazhiUser user, long id) {
		return entities.findOne(DataScopes.<RegulatedEntity>readable(user, EnforcementRecords.ENTITY, id))
			.orElseThrow(() -> new NotFound("entity", id));
	}

	/**
	 * The entity an inspection, hazard or case is about, shown as part of that record to whoever reads the record
	 * (the caller has read it through its own scope); within the user's tenant only.
	 */
	@Transactional(readOnly = true)
	public RegulatedEntity subjectOf(FazhiUser user, long entityId) {
		return entities.findById(entityId).filter(e -> e.getTenantId() == user.tenantId())
			.orElseThrow(() -> new NotFound("entity", entityId));
	}

	public RegulatedEntity register(FazhiUser user, EntityForm form) {
		check(user, form, null);
		var entity = entities.save(new RegulatedEntity(user.tenantId(), form, user.accountId()));
		trail.record(AuditAction.CREATE, RECORD_TYPE, entity.getId(), AuditOutcome.SUCCESS, form.getName());
		return entity;
	}

	public RegulatedEntity update(FazhiUser user, long id, EntityForm form) {
		var entity = get(user, id);
		check(user, form, id);
		entity.apply(form);
		trail.record(AuditAction.UPDATE, RECORD_TYPE, id, AuditOutcome.SUCCESS, form.getName());
		return entity;
	}

	public void setActive(FazhiUser user, long id, boolean active) {
		get(user, id).setActive(active);
		trail.record(AuditAction.STATE_CHANGE, RECORD_TYPE, id, AuditOutcome.SUCCESS,
				active ? "activated" : "deactivated");
	}

	/** The contact phone in clear, for a role allowed to see it; the look is audited. */
	@Transactional(readOnly = true)
	public RegulatedEntity reveal(FazhiUser user, long id) {
		var entity = get(user, id);
		trail.record(AuditAction.REVEAL, RECORD_TYPE, id, AuditOutcome.SUCCESS, "contact phone");
		return entity;
	}

	private void check(FazhiUser user, EntityForm form, Long id) {
		if (form.getName() == null) {
			throw new RuleViolation("name", "entity.name.required");
		}
		if (form.getName().length() > 200) {
			throw new RuleViolation("name", "field.tooLong");
		}
		if (form.getCategory() == null) {
			throw new RuleViolation("category", "entity.category.required");
		}
		if (form.getCommunityId() == null || directory.activeCommunities(user.tenantId()).stream()
			.noneMatch(c -> c.id() == form.getCommunityId())) {
			throw new RuleViolation("communityId", "entity.community.required");
		}
		// a community worker registers entities of their own community only
		Long scope = user.communityScope();
		if (scope != null && !scope.equals(form.getCommunityId())) {
			throw new RuleViolation("communityId", "entity.community.outsideScope");
		}
		if (form.getAddress() == null) {
			throw new RuleViolation("address", "entity.address.required");
		}
		if (form.getAddress().length() > 200) {
			throw new RuleViolation("address", "field.tooLong");
		}
		if (form.getContactPerson() != null && form.getContactPerson().length() > 40) {
			throw new RuleViolation("contactPerson", "field.tooLong");
		}
		// 统一社会信用代码 GB 32100-2015: 18 characters with a check character
		if (form.getCreditCode() != null) {
			if (!CreditCodes.valid(form.getCreditCode())) {
				throw new RuleViolation("creditCode", "entity.creditCode.invalid", form.getCreditCode());
			}
			String code = form.getCreditCode().toUpperCase(Locale.ROOT);
			boolean duplicate = id == null ? entities.existsByTenantIdAndCreditCode(user.tenantId(), code)
					: entities.existsByTenantIdAndCreditCodeAndIdNot(user.tenantId(), code, id);
			if (duplicate) {
				throw new RuleViolation("creditCode", "entity.creditCode.duplicate", code);
			}
		}
		else if (form.getCategory() == EntityCategory.ENTERPRISE) {
			throw new RuleViolation("creditCode", "entity.creditCode.required");
		}
		if (form.getContactPhone() != null && !PersonalData.validPhone(form.getContactPhone())) {
			throw new RuleViolation("contactPhone", "external.phone.invalid");
		}
	}
}
