package org.fazhi.mediation.internal.bodies;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.organisation.Role;
import org.fazhi.shared.Input;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The subdistrict's mediation organisation: its bodies (1+9+N), their mediators and duty rotas. Kept by the justice
 * office and the administrator; read by the tenant's staff, and the mediators' grades by the public.
 */
@Service
@Transactional
public class MediationOrganisation {

	public static final String BODY = "MEDIATION_BODY";
	public static final String MEDIATOR = "MEDIATOR";

	private final MediationBodies bodies;
	private final Mediators mediators;
	private final MediationDuties duties;
	private final OrganisationDirectory directory;
	private final AuditTrail trail;

	MediationOrganisation(MediationBodies bodies, Mediators mediators, MediationDuties duties,
			OrganisationDirectory directory, AuditTrail trail) {
		this.bodies = bodies;
		this.mediators = mediators;
		this.duties = duties;
		this.directory = directory;
		this.trail = trail;
	}

	/** Whether the user keeps the organisation: the justice office and the administrator. */
	public static boolean keeps(FazhiUser user) {
		return user.hasRole(Role.LEGAL_OFFICER) || user.hasRole(Role.ADMIN);
	}

	@Transactional(readOnly = true)
	public List<MediationBody> bodies(long tenantId) {
		return bodies.findByTenantIdOrderByKindAscIdAsc(tenantId);
	}

	@Transactional(readOnly = true)
	public Map<Long, MediationBody> bodiesById(long tenantId) {
		return bodies(tenantId).stream().collect(Collectors.toMap(MediationBody::getId, Function.identity()));
	}

	@Transactional(readOnly = true)
	public MediationBody body(long tenantId, long id) {
		return bodies.findByIdAndTenantId(id, tenantId).orElseThrow(() -> new NotFound("mediation body", id));
	}

	/** The committee a dispute of the community goes to first: the community's, else the subdistrict's. */
	@Transactional(readOnly = true)
	public MediationBody committeeOf(long tenantId, long communityId) {
		return bodies.findFirstByTenantIdAndKindAndCommunityId(tenantId, MediationBody.Kind.COMMUNITY_COMMITTEE,
				communityId).or(() -> subdistrictCommittee(tenantId))
			.orElseThrow(() -> new RuleViolation(null, "mediation.noCommittee"));
	}

	@Transactional(readOnly = true)
	public Optional<MediationBody> subdistrictCommittee(long tenantId) {
		return bodies.findFirstByTenantIdAndKind(tenantId, MediationBody.Kind.SUBDISTRICT_COMMITTEE);
	}

	@Transactional(readOnly = true)
	public List<Mediator> mediators(long tenantId) {
		return mediators.findByTenantIdOrderByBodyIdAscIdAsc(tenantId);
	}

	/** The mediators a figure's drill-down selects (its specification holds the tenant). */
	@Transactional(readOnly = true)
	public List<Mediator> mediators(org.springframework.data.jpa.domain.Specification<Mediator> selected) {
		return mediators.findAll(selected, org.springframework.data.domain.Sort.by("bodyId", "id"));
	}

	/** The bodies a figure's drill-down selects (its specification holds the tenant). */
	@Transactional(readOnly = true)
	public List<MediationBody> bodies(org.springframework.data.jpa.domain.Specification<MediationBody> selected) {
		return bodies.findAll(selected, org.springframework.data.domain.Sort.by("kind", "id"));
	}

	@Transactional(readOnly = true)
	public List<MediationDuty> duties(long tenantId) {
		return duties.findByTenantIdOrderByBodyIdAscWeekdayAsc(tenantId);
	}

	/** How many active mediators of the tenant hold each grade. */
	@Transactional(readOnly = true)
	public Map<Mediator.Grade, Long> grades(long tenantId) {
		var counts = new java.util.EnumMap<Mediator.Grade, Long>(Mediator.Grade.class);
		for (Mediator.Grade grade : Mediator.Grade.values()) {
			counts.put(grade, 0L);
		}
		mediators(tenantId).stream().filter(Mediator::isActive).forEach(m -> counts.merge(m.getGrade(), 1L, Long::sum));
		return counts;
	}

	public MediationBody addBody(FazhiUser user, MediationBody.Kind kind, String name, Long communityId, String court,
			String openedYear) {
		mustKeep(user);
		if (kind == null) {
			throw new RuleViolation("kind", "field.required");
		}
		String text = Input.trim(name);
		if (text == null) {
			throw new RuleViolation("name", "field.required");
		}
		if (text.length() > 100 || (court != null && court.strip().length() > 100)) {
			throw new RuleViolation("name", "field.tooLong");
		}
		if (communityId != null && directory.activeCommunities(user.tenantId()).stream()
			.noneMatch(c -> c.id() == communityId)) {
			throw new RuleViolation("communityId", "mediation.community.unknown");
		}
		if (kind == MediationBody.Kind.COMMUNITY_COMMITTEE && communityId == null) {
			throw new RuleViolation("communityId", "mediation.community.required");
		}
		if (kind == MediationBody.Kind.JUDGE_STUDIO && Input.trim(court) == null) {
			throw new RuleViolation("court", "mediation.court.required");
		}
		Integer year = null;
		if (Input.trim(openedYear) != null) {
			try {
				year = Integer.valueOf(openedYear.strip());
			}
			catch (NumberFormatException ex) {
				throw new RuleViolation("openedYear", "mediation.year.range", LocalDate.now().getYear());
			}
			if (year < 1980 || year > LocalDate.now().getYear()) {
				throw new RuleViolation("openedYear", "mediation.year.range", LocalDate.now().getYear());
			}
		}
		var body = bodies.save(new MediationBody(user.tenantId(), communityId, kind, text, Input.trim(court), year));
		trail.record(AuditAction.CREATE, BODY, body.getId(), AuditOutcome.SUCCESS, kind.name().toLowerCase(java.util.Locale.ROOT) + " " + text);
		return body;
	}

	/** A mediator of one of the tenant's bodies; a staff account at most once on the roster. */
	public Mediator addMediator(FazhiUser user, long bodyId, String fullName, Long accountId, Mediator.Force force,
			Mediator.Grade grade, String certificateNo, int trainingHours) {
		mustKeep(user);
		var body = body(user.tenantId(), bodyId);
		String name = Input.trim(fullName);
		if (accountId != null) {
			var staff = directory.staffMember(user.tenantId(), accountId)
				.orElseThrow(() -> new RuleViolation("accountId", "mediation.account.unknown"));
			if (mediators.findFirstByTenantIdAndAccountId(user.tenantId(), accountId).isPresent()) {
				throw new RuleViolation("accountId", "mediation.account.listed");
			}
			name = name == null ? staff.fullName() : name;
		}
		if (name == null) {
			throw new RuleViolation("fullName", "field.required");
		}
		if (name.length() > 50 || (certificateNo != null && certificateNo.strip().length() > 40)) {
			throw new RuleViolation("fullName", "field.tooLong");
		}
		if (force == null || grade == null) {
			throw new RuleViolation(force == null ? "force" : "grade", "field.required");
		}
		if (trainingHours < 0 || trainingHours > 2000) {
			throw new RuleViolation("trainingHours", "mediation.hours.range");
		}
		var mediator = mediators.save(new Mediator(user.tenantId(), body.getId(), accountId, name, force, grade,
				Input.trim(certificateNo), trainingHours));
		trail.record(AuditAction.CREATE, MEDIATOR, mediator.getId(), AuditOutcome.SUCCESS,
				body.getName() + " " + name + " " + grade.name().toLowerCase(java.util.Locale.ROOT));
		return mediator;
	}

	@Transactional(readOnly = true)
	public boolean hasBodies(long tenantId) {
		return bodies.existsByTenantId(tenantId);
	}

	/** Puts a mediator of the body on its rota for a day of the week. */
	public MediationDuty addDuty(FazhiUser user, long bodyId, int weekday, long mediatorId) {
		mustKeep(user);
		var body = body(user.tenantId(), bodyId);
		var mediator = mediators.findByIdAndTenantId(mediatorId, user.tenantId())
			.orElseThrow(() -> new RuleViolation("mediatorId", "mediation.mediator.unknown"));
		if (weekday < 1 || weekday > 7) {
			throw new RuleViolation("weekday", "mediation.weekday.range");
		}
		if (duties.existsByBodyIdAndWeekdayAndMediatorId(body.getId(), weekday, mediator.getId())) {
			throw new RuleViolation("weekday", "mediation.duty.exists");
		}
		var duty = duties.save(new MediationDuty(user.tenantId(), body.getId(), weekday, mediator.getId()));
		trail.record(AuditAction.CREATE, BODY, body.getId(), AuditOutcome.SUCCESS,
				"duty " + weekday + " " + mediator.getFullName());
		return duty;
	}

	/**
	 * The district's new grade or certificate of a mediator, or the mediator leaving the roster: the public page and
	 * the grade figures count the active roster as it stands (深圳条例 第八十条).
	 */
	public Mediator regrade(FazhiUser user, long mediatorId, Mediator.Grade grade, String certificateNo,
			boolean active) {
		mustKeep(user);
		var mediator = mediators.findByIdAndTenantId(mediatorId, user.tenantId())
			.orElseThrow(() -> new RuleViolation("mediatorId", "mediation.mediator.unknown"));
		if (grade == null) {
			throw new RuleViolation("grade", "field.required");
		}
		String certificate = Input.trim(certificateNo);
		if (certificate != null && certificate.length() > 40) {
			throw new RuleViolation("certificateNo", "field.tooLong");
		}
		String before = mediator.getGrade().name().toLowerCase(java.util.Locale.ROOT) + " "
				+ java.util.Objects.toString(mediator.getCertificateNo(), "-") + (mediator.isActive() ? "" : " inactive");
		mediator.regrade(grade, certificate, active);
		trail.record(AuditAction.UPDATE, MEDIATOR, mediator.getId(), AuditOutcome.SUCCESS, mediator.getFullName() + " "
				+ before + " -> " + grade.name().toLowerCase(java.util.Locale.ROOT) + " "
				+ java.util.Objects.toString(certificate, "-") + (active ? "" : " inactive"));
		return mediator;
	}

	/** Hours of a training the mediator attended, added to the roster. */
	public void addTrainingHours(long tenantId, long mediatorId, int hours) {
		mediators.findByIdAndTenantId(mediatorId, tenantId).ifPresent(m -> m.addTrainingHours(hours));
	}

	private static void mustKeep(FazhiUser user) {
		if (!keeps(user)) {
			throw new AccessDeniedException("the justice office keeps the mediation organisation");
		}
	}
}
