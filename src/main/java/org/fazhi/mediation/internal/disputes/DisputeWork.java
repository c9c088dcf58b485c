package org.fazhi.mediation.internal.disputes;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.deadlines.DeadlineView;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.RegisterDeadline;
import org.fazhi.deadlines.StatutoryRule;
import org.fazhi.documents.DocumentNumbers;
import org.fazhi.files.Attachments;
import org.fazhi.mediation.AgreementTookEffect;
import org.fazhi.mediation.DisputeClosed;
import org.fazhi.mediation.DisputeReceived;
import org.fazhi.mediation.MediationRule;
import org.fazhi.mediation.internal.MediationRecords;
import org.fazhi.mediation.internal.bodies.MediationBody;
import org.fazhi.mediation.internal.bodies.MediationOrganisation;
import org.fazhi.organisation.DataScopes;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.organisation.Role;
import org.fazhi.shared.CappedPage;
import org.fazhi.shared.CreditCodes;
import org.fazhi.shared.Input;
import org.fazhi.shared.Keyset;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.PersonalData;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.Sm4Cipher;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The procedure of a dispute in people's mediation, each step guarded by the rule the statute states: intake with the
 * parties and repeat detection, consent (人民调解法 第十七条), routing and escalation, sessions, the mediation period
 * (深圳条例 第二十五条, 劳动争议调解仲裁法 第十四条) and its extension by agreement, the agreement (第二十八条至第三十条),
 * judicial confirmation (第三十三条), follow-up (第三十一条), and the ways a mediation ends without one.
 */
@Service
@Transactional
public class DisputeWork {

	public static final String DISPUTE = "DISPUTE";

	/** Disputes of the same party or address within this many months are flagged as repeats. */
	static final int REPEAT_MONTHS = 12;

	/** One party as the intake form gives it. */
	public record PartyInput(DisputeParty.Kind kind, String name, String identity, String creditCode, String phone) {
	}

	/** What the intake form gives. */
	public record Intake(Long communityId, Dispute.Channel channel, Dispute.Kind kind, String summary, String address,
			Long amount, Integer people, Dispute.Risk risk, boolean groupDispute, boolean volatileRisk,
			boolean complex, LocalDate receivedOn, Long campaignId, List<PartyInput> parties) {
	}

	/** What the agreement states (人民调解法 第二十九条). */
	public record AgreementInput(Dispute.AgreementKind kind, String facts, String matters, String terms,
			String performance, LocalDate performBy, LocalDate on) {
	}

	/**
	 * Filters of the dispute list; null means any. {@code overdue}: the mediation period ran out. {@code risky}: open
	 * and major, a group dispute or liable to escalate (the risk board).
	 */
	public record DisputeFilter(Dispute.State state, Dispute.Kind kind, Long communityId, Long bodyId, Long mediatorId,
			Dispute.Risk risk, boolean overdue, boolean risky, Integer year, Specification<Dispute> figure) {

		public static DisputeFilter none() {
			return new DisputeFilter(null, null, null, null, null, null, false, false, null, null);
		}
	}

	/** Where an escalation sends a dispute, and why. */
	public enum EscalationReason {
		MAJOR, CROSS_COMMUNITY, COMMUNITY_FAILED, SPECIALISED;

		public String messageKey() {
			return "escalationReason." + name();
		}
	}

	private final Disputes disputes;
	private final DisputeParties parties;
	private final DisputeSteps steps;
	private final MediationSessions sessions;
	private final FollowUpVisits visits;
	private final MediationOrganisation organisation;
	private final OrganisationDirectory directory;
	private final Deadlines deadlines;
	private final AuditTrail trail;
	private final Sm4Cipher cipher;
	private final DocumentNumbers numbers;
	private final Attachments attachments;
	private final ApplicationEventPublisher events;
	private final EntityManager entityManager;
	private final org.springframework.context.MessageSource messages;

	DisputeWork(org.springframework.context.MessageSource messages, Disputes disputes, DisputeParties parties, DisputeSteps steps, MediationSessions sessions,
			FollowUpVisits visits, MediationOrganisation organisation, OrganisationDirectory directory,
			Deadlines deadlines, AuditTrail trail, Sm4Cipher cipher, DocumentNumbers numbers, Attachments attachments,
			ApplicationEventPublisher events, EntityManager entityManager) {
		this.disputes = disputes;
		this.parties = parties;
		this.steps = steps;
		this.sessions = sessions;
		this.visits = visits;
		this.organisation = organisation;
		this.directory = directory;
		this.deadlines = deadlines;
		this.trail = trail;
		this.cipher = cipher;
		this.numbers = numbers;
		this.attachments = attachments;
		this.events = events;
		this.entityManager = entityManager;
		this.messages = messages;
	}

	/** A label as the timeline keeps it: in Chinese, the language of the record. */
	private String zh(String key) {
		return messages.getMessage(key, null, key, java.util.Locale.SIMPLIFIED_CHINESE);
	}

	/** Community workers, mediators and the justice office take disputes in. */
	public static boolean mayTakeIn(FazhiUser user) {
		return user.hasRole(Role.COMMUNITY_WORKER) || user.hasRole(Role.MEDIATOR) || user.hasRole(Role.LEGAL_OFFICER);
	}

	/** Mediators and the justice office take the steps of the mediation. */
	public static boolean mayMediate(FazhiUser user) {
		return user.hasRole(Role.MEDIATOR) || user.hasRole(Role.LEGAL_OFFICER);
	}

	public LocalDate today() {
		return deadlines.today();
	}

	// ---------------------------------------------------------------- reading

	@Transactional(readOnly = true)
	public Dispute get(FazhiUser user, long id) {
		return disputes.findOne(DataScopes.<Dispute>readable(user, MediationRecords.DISPUTE, id))
			.orElseThrow(() -> new NotFound("dispute", id));
	}

	@Transactional(readOnly = true)
	public CappedPage<Dispute> page(FazhiUser user, DisputeFilter filter, Pageable page, boolean exact) {
		return CappedPage.read(disputes, entityManager, Dispute.class, specification(user, filter), page, exact);
	}

	/** Every dispute of the filtered list, in id order, a batch at a time (the export); how many there were. */
	@Transactional(readOnly = true)
	public long forEach(FazhiUser user, DisputeFilter filter, Consumer<Dispute> each) {
		return Keyset.forEach(disputes, entityManager, specification(user, filter), Dispute::getId, each);
	}

	/**
	 * Every dispute the user reads whose agreement took effect in {@code [from, until)}, in id order, a batch at a time
	 * (the subsidy sheet of a month); how many there were.
	 */
	@Transactional(readOnly = true)
	public long forEachTakingEffect(FazhiUser user, LocalDate from, LocalDate until, Consumer<Dispute> each) {
		Specification<Dispute> inMonth = (root, query, cb) -> cb.and(
				cb.greaterThanOrEqualTo(root.get("effectiveOn"), from), cb.lessThan(root.get("effectiveOn"), until));
		return Keyset.forEach(disputes, entityManager,
				DataScopes.<Dispute>readable(user, MediationRecords.DISPUTE).and(inMonth), Dispute::getId, each);
	}

	/**
	 * How many of the disputes the user reads, accepted for mediation in {@code [from, until)}, each mediator account
	 * handled (as first or second mediator): two grouped counts in the database.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Long> handledBy(FazhiUser user, LocalDate from, LocalDate until) {
		Map<Long, Long> handled = new java.util.HashMap<>();
		for (String mediator : List.of("mediator1Id", "mediator2Id")) {
			var cb = entityManager.getCriteriaBuilder();
			var query = cb.createTupleQuery();
			var root = query.from(Dispute.class);
			Specification<Dispute> accepted = DataScopes.<Dispute>readable(user, MediationRecords.DISPUTE)
				.and((r, q, b) -> b.and(b.isNotNull(r.get(mediator)), b.greaterThanOrEqualTo(r.get("acceptedOn"), from),
						b.lessThan(r.get("acceptedOn"), until)));
			query.multiselect(root.get(mediator), cb.count(root)).where(accepted.toPredicate(root, query, cb))
				.groupBy(root.get(mediator));
			for (var row : entityManager.createQuery(query).getResultList()) {
				handled.merge(row.get(0, Long.class), row.get(1, Long.class), Long::sum);
			}
		}
		return handled;
	}

	private Specification<Dispute> specification(FazhiUser user, DisputeFilter filter) {
		List<Long> overdue = filter.overdue() ? deadlines.lateRecords(user, DISPUTE, false) : List.of();
		Specification<Dispute> filtered = (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (filter.state() != null) {
				where.add(cb.equal(root.get("state"), filter.state()));
			}
			if (filter.kind() != null) {
				where.add(cb.equal(root.get("kind"), filter.kind()));
			}
			if (filter.communityId() != null) {
				where.add(cb.equal(root.get("communityId"), filter.communityId()));
			}
			if (filter.bodyId() != null) {
				where.add(cb.equal(root.get("bodyId"), filter.bodyId()));
			}
			if (filter.mediatorId() != null) {
				where.add(cb.or(cb.equal(root.get("mediator1Id"), filter.mediatorId()),
						cb.equal(root.get("mediator2Id"), filter.mediatorId())));
			}
			if (filter.risk() != null) {
				where.add(cb.equal(root.get("risk"), filter.risk()));
			}
			if (filter.year() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("receivedOn"), LocalDate.of(filter.year(), 1, 1)));
				where.add(cb.lessThan(root.get("receivedOn"), LocalDate.of(filter.year() + 1, 1, 1)));
			}
			if (filter.overdue()) {
				where.add(overdue.isEmpty() ? cb.disjunction() : root.get("id").in(overdue));
			}
			if (filter.risky()) {
				where.add(root.get("state").in(Dispute.State.RECEIVED, Dispute.State.MEDIATING, Dispute.State.AGREED));
				where.add(cb.or(cb.equal(root.get("risk"), Dispute.Risk.MAJOR), cb.isTrue(root.get("groupDispute")),
						cb.isTrue(root.get("volatileRisk"))));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
		var readable = DataScopes.<Dispute>readable(user, MediationRecords.DISPUTE).and(filtered);
		return filter.figure() == null ? readable : readable.and(filter.figure());
	}

	@Transactional(readOnly = true)
	public List<DisputeParty> partiesOf(FazhiUser user, long id) {
		get(user, id);
		return parties.findByDisputeIdOrderById(id);
	}

	@Transactional(readOnly = true)
	public List<DisputeStep> timelineOf(FazhiUser user, long id) {
		get(user, id);
		return steps.findByDisputeIdOrderByIdAsc(id);
	}

	@Transactional(readOnly = true)
	public List<MediationSession> sessionsOf(FazhiUser user, long id) {
		get(user, id);
		return sessions.findByDisputeIdOrderByIdAsc(id);
	}

	@Transactional(readOnly = true)
	public List<FollowUpVisit> visitsOf(FazhiUser user, long id) {
		get(user, id);
		return visits.findByDisputeIdOrderByIdAsc(id);
	}

	/** The deadlines of the dispute (its mediation period, judicial confirmation, administrative acceptance). */
	@Transactional(readOnly = true)
	public List<DeadlineView> deadlinesOf(FazhiUser user, long id) {
		var dispute = get(user, id);
		return deadlines.ofRecord(dispute.getTenantId(), DISPUTE, String.valueOf(id));
	}

	/** The mediators and the justice office a dispute may be assigned to, and the outside lawyers. */
	@Transactional(readOnly = true)
	public List<OrganisationDirectory.StaffMember> mediators(FazhiUser user) {
		return directory.activeStaff(user.tenantId()).stream()
			.filter(s -> s.role() == Role.MEDIATOR || s.role() == Role.LEGAL_OFFICER).toList();
	}

	@Transactional(readOnly = true)
	public List<OrganisationDirectory.StaffMember> lawyers(FazhiUser user) {
		return directory.activeStaff(user.tenantId()).stream().filter(s -> s.role() == Role.LEGAL_ADVISOR).toList();
	}

	// ---------------------------------------------------------------- intake

	public Dispute takeIn(FazhiUser user, Intake in) {
		if (!mayTakeIn(user)) {
			throw new AccessDeniedException("community workers, mediators and the justice office take disputes in");
		}
		Long communityId = in.communityId() != null ? in.communityId() : user.communityId();
		if (communityId == null || directory.activeCommunities(user.tenantId()).stream()
			.noneMatch(c -> c.id() == communityId)) {
			throw new RuleViolation("communityId", "dispute.community.required");
		}
		// a community's workers and mediators take in the disputes of their own community
		Long scope = user.communityScope();
		if (scope != null && !scope.equals(communityId)) {
			throw new RuleViolation("communityId", "dispute.community.outsideScope");
		}
		if (in.channel() == null) {
			throw new RuleViolation("channel", "dispute.channel.required");
		}
		if (in.kind() == null) {
			throw new RuleViolation("kind", "dispute.kind.required");
		}
		String summary = Input.trim(in.summary());
		if (summary == null) {
			throw new RuleViolation("summary", "dispute.summary.required");
		}
		String address = Input.trim(in.address());
		if (summary.length() > 1000 || (address != null && address.length() > 200)) {
			throw new RuleViolation(summary.length() > 1000 ? "summary" : "address", "field.tooLong");
		}
		long amount = in.amount() == null ? 0 : in.amount();
		if (amount < 0 || amount > 100_000_000_000L) {
			throw new RuleViolation("amount", "dispute.amount.range");
		}
		int people = in.people() == null ? 2 : in.people();
		if (people < 2 || people > 100_000) {
			throw new RuleViolation("people", "dispute.people.range");
		}
		LocalDate on = in.receivedOn() == null ? today() : in.receivedOn();
		if (on.isAfter(today())) {
			throw new RuleViolation("receivedOn", "dispute.date.future");
		}
		if (on.getYear() < 2000) {
			throw new RuleViolation("receivedOn", "dispute.date.past");
		}
		List<PartyInput> given = in.parties() == null ? List.of()
				: in.parties().stream().filter(p -> p != null && Input.trim(p.name()) != null).toList();
		if (given.size() < 2) {
			throw new RuleViolation("parties", "dispute.parties.two");
		}
		if (given.size() > 20) {
			throw new RuleViolation("parties", "dispute.parties.many");
		}
		List<String[]> checked = new ArrayList<>();
		for (int i = 0; i < given.size(); i++) {
			checked.add(checkParty(given.get(i), i + 1));
		}
		var identities = checked.stream().map(c -> c[0]).filter(Objects::nonNull).toList();
		if (identities.size() != new java.util.HashSet<>(identities).size()) {
			throw new RuleViolation("parties", "dispute.party.sameIdentity");
		}
		var body = organisation.committeeOf(user.tenantId(), communityId);
		Dispute.Risk risk = in.risk() == null ? Dispute.Risk.GENERAL : in.risk();
		String addressHash = address == null ? null : cipher.keyedHash("address", normalised(address));
		var dispute = disputes.save(new Dispute(user.tenantId(), communityId, body.getId(), number(user, on),
				in.channel(), in.kind(), summary, address, addressHash, amount, people, risk, in.groupDispute(),
				in.volatileRisk(), on, in.campaignId(), user.accountId()));
		List<String> identityHashes = new ArrayList<>();
		for (int i = 0; i < given.size(); i++) {
			var p = given.get(i);
			String[] c = checked.get(i);
			String hash = c[0] == null ? null : cipher.keyedHash("identity", c[0]);
			if (hash != null) {
				identityHashes.add(hash);
			}
			parties.save(new DisputeParty(user.tenantId(), dispute.getId(), p.kind(), Input.trim(p.name()), c[0], hash,
					c[1], c[2]));
		}
		// a repeat: the same party (on the identity's keyed hash, never the number) or address within 12 months
		LocalDate since = on.minusMonths(REPEAT_MONTHS);
		var earlier = new ArrayList<Long>();
		if (!identityHashes.isEmpty()) {
			earlier.addAll(disputes.withPartySince(user.tenantId(), identityHashes, since));
		}
		if (addressHash != null) {
			earlier.addAll(disputes.atAddressSince(user.tenantId(), addressHash, since));
		}
		earlier.removeIf(id -> id.equals(dispute.getId()));
		if (!earlier.isEmpty()) {
			dispute.repeatOf(earlier.stream().max(Long::compare).orElseThrow());
		}
		if (in.channel() == Dispute.Channel.ADMINISTRATIVE_APPLICATION) {
			// 深圳条例 第四十六条: acceptance decided within 5 working days, 10 when complex or of several bodies
			register(user, dispute, in.complex() ? StatutoryRule.ADMINISTRATIVE_MEDIATION_ACCEPTANCE_COMPLEX
					: StatutoryRule.ADMINISTRATIVE_MEDIATION_ACCEPTANCE, on, user.accountId());
		}
		step(user, dispute, on, "RECEIVED", body.getName() + (dispute.getRepeatOf() == null ? ""
				: "；重复纠纷，前案 " + disputes.findById(dispute.getRepeatOf()).map(Dispute::getDisputeNo).orElse("")));
		trail.record(AuditAction.CREATE, DISPUTE, dispute.getId(), AuditOutcome.SUCCESS,
				dispute.getDisputeNo() + " " + zh(in.kind().messageKey()) + " " + zh(risk.messageKey()) + (in.volatileRisk() ? " volatile" : "")
						+ (dispute.getRepeatOf() == null ? "" : " repeat of " + dispute.getRepeatOf()));
		events.publishEvent(new DisputeReceived(user.tenantId(), dispute.getId(), on, in.volatileRisk()));
		return dispute;
	}

	/** The party's identity number, credit code and phone, checked: [identity, creditCode, phone]. */
	private static String[] checkParty(PartyInput p, int index) {
		String field = "parties[" + index + "]";
		if (p.kind() == null) {
			throw new RuleViolation(field, "dispute.party.kindRequired");
		}
		if (Input.trim(p.name()).length() > 100) {
			throw new RuleViolation(field, "field.tooLong");
		}
		String identity = Input.trim(p.identity());
		String credit = Input.trim(p.creditCode());
		String phone = Input.trim(p.phone());
		if (p.kind() == DisputeParty.Kind.PERSON) {
			credit = null;
			if (identity != null) {
				identity = identity.toUpperCase(java.util.Locale.ROOT);
				if (!PersonalData.validIdentityNumber(identity)) {
					throw new RuleViolation(field, "dispute.party.identityInvalid", index);
				}
			}
		}
		else {
			identity = null;
			if (credit != null) {
				credit = credit.toUpperCase(java.util.Locale.ROOT);
				if (!CreditCodes.valid(credit)) {
					throw new RuleViolation(field, "dispute.party.creditCodeInvalid", index);
				}
			}
		}
		if (phone != null && !PersonalData.validPhone(phone)) {
			throw new RuleViolation(field, "dispute.party.phoneInvalid", index);
		}
		return new String[] { identity, credit, phone };
	}

	/** An address as it is compared: without blanks, full-width digits and letters as half-width. */
	static String normalised(String address) {
		return java.text.Normalizer.normalize(address, java.text.Normalizer.Form.NFKC).replaceAll("\\s+", "");
	}

	/** （2024）东湖人调字第12号: the dispute's registration number, one series per tenant and year. */
	private String number(FazhiUser user, LocalDate on) {
		int n = numbers.next(user.tenantId(), "MEDIATION-DISPUTE", on.getYear());
		String name = user.tenantName() == null ? "" : user.tenantName().replace("街道办事处", "").replace("街道", "")
			.replace("镇人民政府", "").replace("乡人民政府", "");
		return "（" + on.getYear() + "）" + name + "人调字第" + n + "号";
	}

	// ---------------------------------------------------------------- consent and acceptance

	/**
	 * Records each party's consent. 人民调解法 第十七条: every party consents, or there is no mediation; when one refuses,
	 * the dispute is refused and the other routes are told (第二十六条). Answers the rule that refused, or null.
	 */
	public MediationRule accept(FazhiUser user, long id, Map<Long, DisputeParty.Consent> consents, LocalDate on,
			String routes) {
		var dispute = forStep(user, id);
		LocalDate day = on == null ? today() : on;
		if (day.isAfter(today()) || day.isBefore(dispute.getReceivedOn())) {
			throw new RuleViolation("on", "dispute.accept.date");
		}
		var all = parties.findByDisputeIdOrderById(id);
		for (DisputeParty party : all) {
			var consent = consents.get(party.getId());
			if (consent == null) {
				throw MediationRule.CONSENT_RECORDED.refusal("consent", party.getName());
			}
			party.consented(consent, day);
		}
		if (consents.keySet().stream().anyMatch(k -> all.stream().noneMatch(p -> p.getId().equals(k)))) {
			throw new RuleViolation("consent", "dispute.party.unknown");
		}
		var refusing = all.stream().filter(p -> p.getConsent() == DisputeParty.Consent.REFUSED).toList();
		if (!refusing.isEmpty()) {
			String told = routesOrDefault(routes);
			dispute.refuse(day, told);
			completeAdministrative(user, dispute, day);
			step(user, dispute, day, "REFUSED", MediationRule.CONSENT_OF_BOTH.code() + " "
					+ String.join("、", refusing.stream().map(DisputeParty::getName).toList()) + "；" + told);
			trail.record(AuditAction.STATE_CHANGE, DISPUTE, id, AuditOutcome.REFUSED,
					MediationRule.CONSENT_OF_BOTH.code() + " refused by " + refusing.size() + " of " + all.size());
			events.publishEvent(new DisputeClosed(dispute.getTenantId(), id, day, dispute.getState().name()));
			return MediationRule.CONSENT_OF_BOTH;
		}
		dispute.accept(day);
		completeAdministrative(user, dispute, day);
		// the mediator who accepts a dispute no one was assigned to takes it (the justice office assigns one)
		boolean takes = dispute.getMediator1Id() == null && user.hasRole(Role.MEDIATOR);
		if (takes) {
			dispute.assign(user.accountId(), null, user.fullName());
		}
		startPeriod(user, dispute, day);
		step(user, dispute, day, "ACCEPTED", null);
		if (takes) {
			step(user, dispute, day, "ASSIGNED", dispute.getMediatorNames());
		}
		trail.record(AuditAction.STATE_CHANGE, DISPUTE, id, AuditOutcome.SUCCESS, "accepted " + day);
		return null;
	}

	/** The mediation period: 15 days from the application for a labour dispute, else 30 from acceptance. */
	private void startPeriod(FazhiUser user, Dispute dispute, LocalDate day) {
		boolean labour = dispute.getKind() == Dispute.Kind.LABOUR;
		var view = register(user, dispute, labour ? StatutoryRule.LABOUR_MEDIATION : StatutoryRule.MEDIATION,
				labour && dispute.getMediationDeadlineId() == null ? dispute.getReceivedOn() : day,
				responsible(user, dispute));
		dispute.trackMediation(view.id());
	}

	private void completeAdministrative(FazhiUser user, Dispute dispute, LocalDate day) {
		for (DeadlineView d : deadlines.ofRecord(dispute.getTenantId(), DISPUTE, String.valueOf(dispute.getId()))) {
			if (d.status() != DeadlineStatus.COMPLETED
					&& (d.rule() == StatutoryRule.ADMINISTRATIVE_MEDIATION_ACCEPTANCE
							|| d.rule() == StatutoryRule.ADMINISTRATIVE_MEDIATION_ACCEPTANCE_COMPLEX)) {
				var done = deadlines.completeForRecord(user, d.id(), day);
				if (!Boolean.TRUE.equals(done.completedOnTime())) {
					step(user, dispute, day, "LATE", MediationRule.ADMINISTRATIVE_ACCEPTANCE.code() + " "
							+ d.rule().citation() + " " + d.due());
				}
			}
		}
	}

	// ---------------------------------------------------------------- mediators, routing

	public Dispute assign(FazhiUser user, long id, Long first, Long second) {
		var dispute = forStep(user, id);
		if (first == null) {
			throw new RuleViolation("mediator1Id", "dispute.mediator.required");
		}
		var one = mediator(user, first, "mediator1Id");
		var two = second == null ? null : mediator(user, second, "mediator2Id");
		if (two != null && two.accountId() == one.accountId()) {
			throw new RuleViolation("mediator2Id", "dispute.mediator.same");
		}
		dispute.assign(one.accountId(), two == null ? null : two.accountId(),
				two == null ? one.fullName() : one.fullName() + "、" + two.fullName());
		step(user, dispute, today(), "ASSIGNED", dispute.getMediatorNames());
		trail.record(AuditAction.UPDATE, DISPUTE, id, AuditOutcome.SUCCESS, "mediators " + dispute.getMediatorNames());
		return dispute;
	}

	/** The justice office assigns an outside lawyer, who then reads the dispute (and only the disputes assigned). */
	public Dispute assignLawyer(FazhiUser user, long id, Long lawyer) {
		if (!user.hasRole(Role.LEGAL_OFFICER)) {
			throw new AccessDeniedException("the justice office assigns lawyers");
		}
		var dispute = forStep(user, id);
		var staff = lawyer == null ? null : directory.staffMember(user.tenantId(), lawyer)
			.filter(s -> s.role() == Role.LEGAL_ADVISOR)
			.orElseThrow(() -> new RuleViolation("lawyerId", "dispute.lawyer.unknown"));
		dispute.assignLawyer(staff == null ? null : staff.accountId());
		step(user, dispute, today(), "LAWYER", staff == null ? "—" : staff.fullName());
		trail.record(AuditAction.UPDATE, DISPUTE, id, AuditOutcome.SUCCESS, "lawyer " + lawyer);
		return dispute;
	}

	private OrganisationDirectory.StaffMember mediator(FazhiUser user, long accountId, String field) {
		return directory.staffMember(user.tenantId(), accountId)
			.filter(s -> s.role() == Role.MEDIATOR || s.role() == Role.LEGAL_OFFICER)
			.orElseThrow(() -> new RuleViolation(field, "dispute.mediator.unknown"));
	}

	/**
	 * Escalates a dispute: to the subdistrict for a major or difficult one, one across communities or after the
	 * community failed; to a room or the judge studio for a specialised one. The mediators of the new body take it.
	 */
	public Dispute escalate(FazhiUser user, long id, EscalationReason reason, Long bodyId, String note,
			LocalDate on) {
		var dispute = forStep(user, id);
		LocalDate day = dated(on);
		if (reason == null) {
			throw new RuleViolation("reason", "dispute.escalation.reason");
		}
		MediationBody target;
		Dispute.Level level;
		if (reason == EscalationReason.SPECIALISED) {
			if (bodyId == null) {
				throw new RuleViolation("bodyId", "dispute.escalation.body");
			}
			target = organisation.body(user.tenantId(), bodyId);
			if (!target.getKind().room()) {
				throw new RuleViolation("bodyId", "dispute.escalation.body");
			}
			level = target.getKind() == MediationBody.Kind.JUDGE_STUDIO ? Dispute.Level.STUDIO : Dispute.Level.ROOM;
		}
		else {
			target = organisation.subdistrictCommittee(user.tenantId())
				.orElseThrow(() -> new RuleViolation(null, "mediation.noCommittee"));
			level = Dispute.Level.SUBDISTRICT;
		}
		if (target.getId() == dispute.getBodyId()) {
			throw new RuleViolation("bodyId", "dispute.escalation.same");
		}
		String text = Input.trim(note);
		if (text != null && text.length() > 500) {
			throw new RuleViolation("note", "field.tooLong");
		}
		dispute.moveTo(level, target.getId(), reason == EscalationReason.MAJOR);
		dispute.assign(null, null, null);
		step(user, dispute, day, "ESCALATED", target.getName() + "（" + zh(reason.messageKey()) + "）"
				+ (text == null ? "" : "：" + text));
		trail.record(AuditAction.STATE_CHANGE, DISPUTE, id, AuditOutcome.SUCCESS,
				"escalated to " + target.getId() + " " + zh(reason.messageKey()));
		return dispute;
	}

	// ---------------------------------------------------------------- sessions and the period

	public MediationSession holdSession(FazhiUser user, long id, LocalDate heldOn, String place, String attendees,
			String minutes) {
		var dispute = forWork(user, id);
		if (dispute.getState() != Dispute.State.MEDIATING) {
			throw new RuleViolation(null, "dispute.step.notNow", stateOf(dispute));
		}
		LocalDate day = heldOn == null ? today() : heldOn;
		if (day.isBefore(dispute.getAcceptedOn()) || day.isAfter(today())) {
			throw new RuleViolation("heldOn", "dispute.session.date");
		}
		String text = Input.trim(minutes);
		String where = Input.trim(place);
		if (text == null) {
			throw new RuleViolation("minutes", "dispute.session.minutesRequired");
		}
		if (where == null) {
			throw new RuleViolation("place", "field.required");
		}
		if (text.length() > 2000 || where.length() > 100 || (attendees != null && attendees.length() > 300)) {
			throw new RuleViolation("minutes", "field.tooLong");
		}
		if (dispute.getMediator1Id() == null) {
			if (!user.hasRole(Role.MEDIATOR)) {
				throw new RuleViolation(null, "dispute.mediator.required");
			}
			dispute.assign(user.accountId(), null, user.fullName());
		}
		// a major or difficult dispute is mediated by two mediators (the office's rule of the 1+9+N)
		if (dispute.isMajorDifficult() && dispute.getMediator2Id() == null) {
			throw new RuleViolation("mediator2Id", "dispute.session.twoMediators");
		}
		var session = sessions.save(new MediationSession(user.tenantId(), id, day, where, dispute.getMediatorNames(),
				Input.trim(attendees), text, user.accountId()));
		step(user, dispute, day, "SESSION", where);
		trail.record(AuditAction.CREATE, DISPUTE, id, AuditOutcome.SUCCESS, "session " + day + " " + where);
		return session;
	}

	/** 深圳条例 第二十五条第二款: the parties agree to continue: the period is extended by the days they agreed. */
	public DeadlineView extend(FazhiUser user, long id, int days, boolean partiesAgreed, String note) {
		var dispute = forStep(user, id);
		if (dispute.getState() != Dispute.State.MEDIATING || dispute.getMediationDeadlineId() == null) {
			throw new RuleViolation(null, "dispute.step.notNow", stateOf(dispute));
		}
		if (!partiesAgreed) {
			throw MediationRule.EXTENSION_BY_AGREEMENT.refusal("partiesAgreed");
		}
		if (days < 1 || days > 90) {
			throw new RuleViolation("days", "dispute.extension.days");
		}
		String reason = Input.trim(note) == null ? "当事人同意延期调解" : Input.trim(note);
		var view = deadlines.extendForRecord(user, dispute.getMediationDeadlineId(), days, "全体当事人", reason, today());
		step(user, dispute, today(), "EXTENDED", days + "日：" + reason);
		return view;
	}

	// ---------------------------------------------------------------- outcomes

	public Dispute agree(FazhiUser user, long id, AgreementInput in) {
		var dispute = forStep(user, id);
		if (dispute.getState() != Dispute.State.MEDIATING) {
			throw new RuleViolation(null, "dispute.step.notNow", stateOf(dispute));
		}
		if (in.kind() == null) {
			throw new RuleViolation("kind", "field.required");
		}
		LocalDate day = in.on() == null ? today() : in.on();
		if (day.isAfter(today()) || day.isBefore(dispute.getAcceptedOn())) {
			throw new RuleViolation("on", "dispute.session.date");
		}
		var period = deadlines.getForRecord(user, dispute.getMediationDeadlineId());
		// 深圳条例 第二十五条第二款: once the period ran out without an agreement, the mediation ends unless extended
		if (day.isAfter(period.due())) {
			throw MediationRule.PERIOD_LAPSED.refusal("on", period.due());
		}
		String facts = Input.trim(in.facts());
		String matters = Input.trim(in.matters());
		String terms = Input.trim(in.terms());
		String performance = Input.trim(in.performance());
		boolean written = in.kind() != Dispute.AgreementKind.ORAL;
		// 人民调解法 第二十九条: the facts, the matters in dispute, what was agreed, how and by when it is performed
		if (terms == null || written && (facts == null || matters == null || performance == null)) {
			throw MediationRule.AGREEMENT_CONTENT.refusal(terms == null ? "terms" : facts == null ? "facts"
					: matters == null ? "matters" : "performance");
		}
		if (Objects.toString(facts, "").length() > 2000 || Objects.toString(matters, "").length() > 2000
				|| terms.length() > 2000 || Objects.toString(performance, "").length() > 1000) {
			throw new RuleViolation("terms", "field.tooLong");
		}
		if (in.performBy() != null && in.performBy().isBefore(day)) {
			throw new RuleViolation("performBy", "dispute.agreement.performByEarly");
		}
		// the agreement names its mediators (第二十九条): a mediator reaching it takes the dispute; two for a major one
		if (dispute.getMediator1Id() == null) {
			if (!user.hasRole(Role.MEDIATOR)) {
				throw new RuleViolation("mediator1Id", "dispute.mediator.required");
			}
			dispute.assign(user.accountId(), null, user.fullName());
		}
		if (dispute.isMajorDifficult() && dispute.getMediator2Id() == null) {
			throw new RuleViolation("mediator2Id", "dispute.session.twoMediators");
		}
		dispute.agree(in.kind(), facts, matters, terms, performance, in.performBy(), day);
		deadlines.completeForRecord(user, dispute.getMediationDeadlineId(), day);
		step(user, dispute, day, "AGREED", zh(in.kind().messageKey()));
		trail.record(AuditAction.STATE_CHANGE, DISPUTE, id, AuditOutcome.SUCCESS, "agreement " + zh(in.kind().messageKey()) + " " + day);
		if (dispute.getState() == Dispute.State.EFFECTIVE) {
			events.publishEvent(new AgreementTookEffect(dispute.getTenantId(), id, day));
		}
		return dispute;
	}

	/**
	 * The signed copy: 人民调解法 第二十九条第二款, the agreement takes effect only once every party signed, the mediator
	 * signed and the committee sealed it; then the 30 days for judicial confirmation begin (第三十三条).
	 */
	public Dispute signed(FazhiUser user, long id, boolean partiesSigned, boolean mediatorSigned, boolean sealed,
			LocalDate on, String fileName, InputStream content) {
		var dispute = forStep(user, id);
		if (dispute.getState() != Dispute.State.AGREED) {
			throw new RuleViolation(null, "dispute.step.notNow", stateOf(dispute));
		}
		if (!partiesSigned || !mediatorSigned || !sealed || content == null) {
			throw MediationRule.AGREEMENT_EFFECTIVE.refusal(content == null ? "file" : null);
		}
		LocalDate day = on == null ? today() : on;
		if (day.isAfter(today()) || day.isBefore(dispute.getAgreedOn())) {
			throw new RuleViolation("on", "dispute.session.date");
		}
		var copy = attachments.attach(user, DISPUTE, String.valueOf(id), fileName, content);
		dispute.signed(true, true, true, copy.id(), day);
		var confirmation = register(user, dispute, StatutoryRule.JUDICIAL_CONFIRMATION, day, responsible(user, dispute));
		dispute.trackConfirmation(confirmation.id());
		step(user, dispute, day, "EFFECTIVE", copy.name());
		trail.record(AuditAction.STATE_CHANGE, DISPUTE, id, AuditOutcome.SUCCESS,
				"effective " + day + " signed copy " + copy.id() + " SM3 " + copy.sm3());
		events.publishEvent(new AgreementTookEffect(dispute.getTenantId(), id, day));
		return dispute;
	}

	/** The joint application for judicial confirmation; one after the 30 days of 第三十三条 is flagged, not refused. */
	public MediationRule confirmationFiled(FazhiUser user, long id, String court, LocalDate filedOn) {
		var dispute = forStep(user, id);
		String name = Input.trim(court);
		if (name == null) {
			throw new RuleViolation("court", "mediation.court.required");
		}
		if (name.length() > 100) {
			throw new RuleViolation("court", "field.tooLong");
		}
		LocalDate day = filedOn == null ? today() : filedOn;
		if (dispute.getEffectiveOn() != null && (day.isBefore(dispute.getEffectiveOn()) || day.isAfter(today()))) {
			throw new RuleViolation("filedOn", "dispute.session.date");
		}
		boolean late = false;
		if (dispute.getConfirmationDeadlineId() != null) {
			var period = deadlines.getForRecord(user, dispute.getConfirmationDeadlineId());
			late = day.isAfter(period.due());
		}
		dispute.confirmationFiled(name, day, late);
		if (dispute.getConfirmationDeadlineId() != null) {
			deadlines.completeForRecord(user, dispute.getConfirmationDeadlineId(), day);
		}
		step(user, dispute, day, "CONFIRMATION_FILED", name + (late ? "；" + MediationRule.CONFIRMATION_PERIOD.code()
				+ " 逾期申请" : ""));
		trail.record(AuditAction.UPDATE, DISPUTE, id, late ? AuditOutcome.REFUSED : AuditOutcome.SUCCESS,
				"confirmation filed " + day + (late ? " " + MediationRule.CONFIRMATION_PERIOD.code() : ""));
		return late ? MediationRule.CONFIRMATION_PERIOD : null;
	}

	/** 民事诉讼法 第二百零六条: the court confirms the agreement valid, or rejects the application. */
	public Dispute ruled(FazhiUser user, long id, Dispute.Ruling ruling, LocalDate on) {
		var dispute = forStep(user, id);
		if (ruling == null) {
			throw new RuleViolation("ruling", "field.required");
		}
		LocalDate day = on == null ? today() : on;
		if (day.isAfter(today()) || dispute.getConfirmationFiledOn() != null
				&& day.isBefore(dispute.getConfirmationFiledOn())) {
			throw new RuleViolation("on", "dispute.ruling.date");
		}
		dispute.ruled(ruling, day);
		step(user, dispute, day, "RULED", zh(ruling.messageKey()));
		trail.record(AuditAction.UPDATE, DISPUTE, id, AuditOutcome.SUCCESS, "ruling " + zh(ruling.messageKey()));
		return dispute;
	}

	/** A follow-up visit (人民调解法 第三十一条第二款); performed in full, the dispute closes. */
	public Dispute visit(FazhiUser user, long id, Dispute.Performance found, LocalDate on, String note) {
		var dispute = forWork(user, id);
		if (found == null) {
			throw new RuleViolation("performance", "field.required");
		}
		String text = Input.trim(note);
		if (text != null && text.length() > 1000) {
			throw new RuleViolation("note", "field.tooLong");
		}
		LocalDate day = on == null ? today() : on;
		if (dispute.getEffectiveOn() != null && (day.isBefore(dispute.getEffectiveOn()) || day.isAfter(today()))) {
			throw new RuleViolation("on", "dispute.session.date");
		}
		dispute.visited(found, day);
		visits.save(new FollowUpVisit(user.tenantId(), id, day, found, text, user.accountId()));
		step(user, dispute, day, "VISITED", zh(found.messageKey()) + (text == null ? "" : "：" + text));
		if (dispute.getState() == Dispute.State.CLOSED) {
			// the parties need not apply for confirmation (第三十三条 "认为有必要的"): performed, nothing is left to track
			closeOpenDeadlines(user, dispute, day);
			events.publishEvent(new DisputeClosed(dispute.getTenantId(), id, day, dispute.getState().name()));
		}
		trail.record(AuditAction.CREATE, DISPUTE, id, AuditOutcome.SUCCESS, "visit " + day + " " + zh(found.messageKey()));
		return dispute;
	}

	/** An agreement not performed is mediated again, with a new period from today. */
	public Dispute reopen(FazhiUser user, long id) {
		var dispute = forStep(user, id);
		LocalDate day = today();
		closeOpenDeadlines(user, dispute, day);
		dispute.reopen(day);
		startPeriod(user, dispute, day);
		step(user, dispute, day, "REOPENED", null);
		trail.record(AuditAction.STATE_CHANGE, DISPUTE, id, AuditOutcome.SUCCESS, "reopened " + day);
		return dispute;
	}

	/** 深圳条例 第二十八条 (or the lapse of the period, 第二十五条第二款): mediation ends, the other routes told. */
	public Dispute end(FazhiUser user, long id, Dispute.EndGround ground, String routes, LocalDate on) {
		var dispute = forStep(user, id);
		if (ground == null) {
			throw MediationRule.END_GROUNDS.refusal("ground");
		}
		LocalDate day = dated(on);
		if (ground == Dispute.EndGround.PERIOD_LAPSED && dispute.getMediationDeadlineId() != null
				&& !day.isAfter(deadlines.getForRecord(user, dispute.getMediationDeadlineId()).due())) {
			throw MediationRule.END_GROUNDS.refusal("ground");
		}
		String told = routes(routes);
		dispute.end(ground, told, day);
		closeOpenDeadlines(user, dispute, day);
		step(user, dispute, day, "ENDED", zh(ground.messageKey()) + "；" + told);
		trail.record(AuditAction.STATE_CHANGE, DISPUTE, id, AuditOutcome.SUCCESS, "ended " + zh(ground.messageKey()));
		events.publishEvent(new DisputeClosed(dispute.getTenantId(), id, day, dispute.getState().name()));
		return dispute;
	}

	/** 人民调解法 第二十六条: mediation failed; the parties are told the other routes. */
	public Dispute fail(FazhiUser user, long id, String routes, LocalDate on) {
		var dispute = forStep(user, id);
		LocalDate day = dated(on);
		String told = routes(routes);
		dispute.fail(told, day);
		closeOpenDeadlines(user, dispute, day);
		step(user, dispute, day, "FAILED", told);
		trail.record(AuditAction.STATE_CHANGE, DISPUTE, id, AuditOutcome.SUCCESS, "failed");
		events.publishEvent(new DisputeClosed(dispute.getTenantId(), id, day, dispute.getState().name()));
		return dispute;
	}

	/**
	 * Refers a dispute out: to the court (诉调对接), labour arbitration, an administrative body, the petition office or
	 * the police. An application for administrative mediation outside the office's remit is transferred within three
	 * working days (深圳条例 第四十五条): the transfer is a deadline met on the day of the referral.
	 */
	public Dispute refer(FazhiUser user, long id, Dispute.ReferredTo to, String body, LocalDate on) {
		var dispute = forStep(user, id);
		if (to == null) {
			throw new RuleViolation("to", "field.required");
		}
		String name = Input.trim(body);
		if (name == null) {
			throw new RuleViolation("body", "dispute.referral.body");
		}
		if (name.length() > 100) {
			throw new RuleViolation("body", "field.tooLong");
		}
		LocalDate day = dated(on);
		if (dispute.getChannel() == Dispute.Channel.ADMINISTRATIVE_APPLICATION
				&& to == Dispute.ReferredTo.ADMINISTRATIVE_BODY && dispute.getState() == Dispute.State.RECEIVED) {
			var transfer = register(user, dispute, StatutoryRule.ADMINISTRATIVE_MEDIATION_TRANSFER,
					dispute.getReceivedOn(), user.accountId());
			deadlines.completeForRecord(user, transfer.id(), day);
		}
		dispute.refer(to, name, day);
		closeOpenDeadlines(user, dispute, day);
		step(user, dispute, day, "REFERRED", zh(to.messageKey()) + " " + name);
		trail.record(AuditAction.STATE_CHANGE, DISPUTE, id, AuditOutcome.SUCCESS, "referred to " + zh(to.messageKey()) + " " + name);
		events.publishEvent(new DisputeClosed(dispute.getTenantId(), id, day, dispute.getState().name()));
		return dispute;
	}

	/** Marks the agreement document generated for the dispute. */
	void drafted(Dispute dispute, long attachmentId, FazhiUser user) {
		dispute.drafted(attachmentId);
		step(user, dispute, today(), "DRAFTED", null);
	}

	// ---------------------------------------------------------------- helpers

	/** The day of a step: today unless given, never in the future. */
	private LocalDate dated(LocalDate on) {
		if (on == null) {
			return today();
		}
		if (on.isAfter(today())) {
			throw new RuleViolation("on", "dispute.date.future");
		}
		return on;
	}

	/** The dispute, read within the user's scope, for a step only mediators and the justice office take. */
	Dispute forStep(FazhiUser user, long id) {
		var dispute = get(user, id);
		if (!mayMediate(user)) {
			throw new AccessDeniedException("mediators and the justice office mediate");
		}
		return notRefused(dispute);
	}

	/** The dispute for a session or a follow-up visit: also the outside lawyer assigned to it takes part. */
	Dispute forWork(FazhiUser user, long id) {
		var dispute = get(user, id);
		if (!mayMediate(user) && !(user.hasRole(Role.LEGAL_ADVISOR) && Objects.equals(dispute.getLawyerId(),
				user.accountId()))) {
			throw new AccessDeniedException("mediators, the justice office and the assigned lawyer take part");
		}
		return notRefused(dispute);
	}

	/** The state as a message argument: resolved in the reader's language, never shown as its key. */
	static org.springframework.context.MessageSourceResolvable stateOf(Dispute dispute) {
		return new org.springframework.context.support.DefaultMessageSourceResolvable(dispute.getState().messageKey());
	}

	private static Dispute notRefused(Dispute dispute) {
		if (dispute.getState() == Dispute.State.REFUSED) {
			// 人民调解法 第十七条: a party refused: there is no mediation to take a step in
			throw MediationRule.CONSENT_OF_BOTH.refusal(null);
		}
		return dispute;
	}

	private long responsible(FazhiUser user, Dispute dispute) {
		return dispute.getMediator1Id() != null ? dispute.getMediator1Id() : user.accountId();
	}

	private DeadlineView register(FazhiUser user, Dispute dispute, StatutoryRule rule, LocalDate trigger,
			long responsible) {
		return deadlines.register(new RegisterDeadline(dispute.getTenantId(), null, dispute.getCommunityId(), DISPUTE,
				String.valueOf(dispute.getId()), dispute.getDisputeNo() + " " + shortSummary(dispute), rule, trigger,
				responsible, user.accountId()));
	}

	private static String shortSummary(Dispute dispute) {
		String s = dispute.getSummary();
		return s.length() <= 30 ? s : s.substring(0, 30) + "…";
	}

	private void closeOpenDeadlines(FazhiUser user, Dispute dispute, LocalDate day) {
		for (DeadlineView d : deadlines.ofRecord(dispute.getTenantId(), DISPUTE, String.valueOf(dispute.getId()))) {
			if (d.status() != DeadlineStatus.COMPLETED) {
				deadlines.completeForRecord(user, d.id(), day);
			}
		}
	}

	/** 人民调解法 第二十六条: the routes told, required. */
	private static String routes(String routes) {
		String told = Input.trim(routes);
		if (told == null) {
			throw MediationRule.ROUTES_TOLD.refusal("routes");
		}
		if (told.length() > 1000) {
			throw new RuleViolation("routes", "field.tooLong");
		}
		return told;
	}

	private static String routesOrDefault(String routes) {
		String told = Input.trim(routes);
		return told == null ? DEFAULT_ROUTES : told.length() > 1000 ? told.substring(0, 1000) : told;
	}

	/** The routes of 人民调解法 第二十六条, as the office tells them when nothing more particular applies. */
	public static final String DEFAULT_ROUTES = "当事人可以依法通过仲裁、行政、司法等途径维护自己的权利。";

	void step(FazhiUser user, Dispute dispute, LocalDate on, String step, String detail) {
		steps.save(new DisputeStep(dispute.getTenantId(), dispute.getId(), on, step, user.accountId(), user.fullName(),
				detail));
	}
}
