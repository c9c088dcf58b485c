package org.fazhi.legal.internal.suggestions;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.deadlines.DeadlineView;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.RegisterDeadline;
import org.fazhi.deadlines.StatutoryRule;
import org.fazhi.documents.DocumentNumbers;
import org.fazhi.files.Attachments;
import org.fazhi.legal.internal.LegalRecords;
import org.fazhi.legal.internal.suggestions.ProcuratorialSuggestion.State;
import org.fazhi.organisation.DataScopes;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.organisation.Role;
import org.fazhi.shared.CappedPage;
import org.fazhi.shared.Input;
import org.fazhi.shared.Keyset;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Procuratorial suggestions (检察建议), every step a use case with its guard and its audit entry in the same
 * transaction: the justice office registers the suggestion received (the procuratorate, its document number, the
 * problems named, the letter), which starts the reply period (two months by default,
 * {@code fazhi.legal.suggestion-reply-months}; {@link StatutoryRule#PROCURATORIAL_SUGGESTION_REPLY}); draws up the
 * rectification plan, each item with its measure, owner and day; records each item done with its evidence; and replies
 * in writing, reporting the plan. The suggestion is rectified when every item of its plan is done.
 */
@Service
@Transactional
public class SuggestionWork {

	public static final String SUGGESTION = "PROCURATORIAL_SUGGESTION";

	public record Receipt(String procuratorate, String documentNo, LocalDate receivedOn, String problems,
			Long handlerId) {
	}

	public record SuggestionFilter(State state, Integer year, Specification<ProcuratorialSuggestion> figure) {
	}

	private final ProcuratorialSuggestions suggestions;
	private final RectificationItems items;
	private final OrganisationDirectory directory;
	private final Deadlines deadlines;
	private final DocumentNumbers numbers;
	private final Attachments attachments;
	private final AuditTrail trail;
	private final EntityManager entityManager;
	private final int replyMonths;

	SuggestionWork(ProcuratorialSuggestions suggestions, RectificationItems items, OrganisationDirectory directory,
			Deadlines deadlines, DocumentNumbers numbers, Attachments attachments, AuditTrail trail,
			EntityManager entityManager, @Value("${fazhi.legal.suggestion-reply-months:2}") int replyMonths) {
		this.suggestions = suggestions;
		this.items = items;
		this.directory = directory;
		this.deadlines = deadlines;
		this.numbers = numbers;
		this.attachments = attachments;
		this.trail = trail;
		this.entityManager = entityManager;
		this.replyMonths = replyMonths;
	}

	/** The justice office keeps the suggestions and their rectification. */
	public static boolean mayHandle(FazhiUser user) {
		return user.hasRole(Role.LEGAL_OFFICER);
	}

	public LocalDate today() {
		return deadlines.today();
	}

	// ---------------------------------------------------------------- reading

	@Transactional(readOnly = true)
	public ProcuratorialSuggestion get(FazhiUser user, long id) {
		return suggestions.findOne(DataScopes.<ProcuratorialSuggestion>readable(user, LegalRecords.SUGGESTION, id))
			.orElseThrow(() -> new NotFound("suggestion", id));
	}

	@Transactional(readOnly = true)
	public List<RectificationItem> itemsOf(FazhiUser user, long id) {
		get(user, id);
		return items.findBySuggestionIdOrderBySeq(id);
	}

	@Transactional(readOnly = true)
	public CappedPage<ProcuratorialSuggestion> page(FazhiUser user, SuggestionFilter filter, Pageable page,
			boolean exact) {
		return CappedPage.read(suggestions, entityManager, ProcuratorialSuggestion.class, specification(user, filter),
				page, exact);
	}

	/** Every suggestion of the filtered register, in id order, a batch at a time (the export). */
	@Transactional(readOnly = true)
	public long forEach(FazhiUser user, SuggestionFilter filter, Consumer<ProcuratorialSuggestion> each) {
		return Keyset.forEach(suggestions, entityManager, specification(user, filter), ProcuratorialSuggestion::getId,
				each);
	}

	private Specification<ProcuratorialSuggestion> specification(FazhiUser user, SuggestionFilter filter) {
		Specification<ProcuratorialSuggestion> filtered = (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (filter.state() != null) {
				where.add(cb.equal(root.get("state"), filter.state()));
			}
			if (filter.year() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("receivedOn"), LocalDate.of(filter.year(), 1, 1)));
				where.add(cb.lessThan(root.get("receivedOn"), LocalDate.of(filter.year() + 1, 1, 1)));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
		var readable = DataScopes.<ProcuratorialSuggestion>readable(user, LegalRecords.SUGGESTION).and(filtered);
		return filter.figure() == null ? readable : readable.and(filter.figure());
	}

	@Transactional(readOnly = true)
	public List<DeadlineView> deadlinesOf(FazhiUser user, long id) {
		var s = get(user, id);
		return deadlines.ofRecord(s.getTenantId(), SUGGESTION, String.valueOf(id));
	}

	/** Who may own an item of the plan or handle a suggestion: the tenant's own staff, not the outside lawyers. */
	@Transactional(readOnly = true)
	public List<OrganisationDirectory.StaffMember> staff(FazhiUser user) {
		return directory.activeStaff(user.tenantId()).stream()
			.filter(s -> s.role() != Role.LEGAL_ADVISOR && s.role() != Role.PLATFORM_OPERATOR).toList();
	}

	// ---------------------------------------------------------------- steps

	private ProcuratorialSuggestion handled(FazhiUser user, long id) {
		if (!mayHandle(user)) {
			throw new AccessDeniedException("the justice office keeps the procuratorial suggestions");
		}
		return get(user, id);
	}

	private LocalDate day(String field, LocalDate on, LocalDate notBefore) {
		return Input.pastDay(field, on, today(), notBefore);
	}

	private static void notNow(ProcuratorialSuggestion s) {
		throw new RuleViolation(null, "suggestion.step.notNow", s.getState().asArgument());
	}

	private OrganisationDirectory.StaffMember member(FazhiUser user, String field, Long accountId) {
		if (accountId == null) {
			throw new RuleViolation(field, "field.required");
		}
		return staff(user).stream().filter(s -> s.accountId() == accountId).findFirst()
			.orElseThrow(() -> new RuleViolation(field, "suggestion.staff.unknown"));
	}

	private Long file(FazhiUser user, long id, String fileName, InputStream content) {
		if (content == null || Input.trim(fileName) == null) {
			return null;
		}
		return attachments.attach(user, SUGGESTION, String.valueOf(id), fileName, content).id();
	}

	/**
	 * The suggestion received: registered once (the same document of the same procuratorate twice is refused), its
	 * letter filed, and the reply period started from the day of receipt.
	 */
	public ProcuratorialSuggestion receive(FazhiUser user, Receipt in, String fileName, InputStream letter) {
		if (!mayHandle(user)) {
			throw new AccessDeniedException("the justice office keeps the procuratorial suggestions");
		}
		String procuratorate = Input.text("procuratorate", in.procuratorate(), 100, true);
		String documentNo = Input.text("documentNo", in.documentNo(), 60, true);
		String problems = Input.text("problems", in.problems(), 4000, true);
		LocalDate on = day("receivedOn", in.receivedOn(), null);
		long handler = in.handlerId() == null ? user.accountId() : member(user, "handlerId", in.handlerId()).accountId();
		if (suggestions.findByTenantIdAndProcuratorateAndDocumentNo(user.tenantId(), procuratorate, documentNo)
			.isPresent()) {
			throw new RuleViolation("documentNo", "suggestion.duplicate", documentNo);
		}
		int n = numbers.next(user.tenantId(), "LEGAL-SUGGESTION", on.getYear());
		ProcuratorialSuggestion s;
		try {
			s = suggestions.saveAndFlush(new ProcuratorialSuggestion(user.tenantId(), user.departmentId(),
					"（" + on.getYear() + "）检察建议第" + n + "号", procuratorate, documentNo, on, problems, handler,
					user.accountId()));
		}
		catch (DataIntegrityViolationException raced) {
			throw new RuleViolation("documentNo", "suggestion.duplicate", documentNo);
		}
		var deadline = deadlines.register(new RegisterDeadline(s.getTenantId(), s.getDepartmentId(), null, SUGGESTION,
				String.valueOf(s.getId()), s.getSuggestionNo() + " " + procuratorate + " " + documentNo,
				StatutoryRule.PROCURATORIAL_SUGGESTION_REPLY, on, handler, user.accountId(), replyMonths));
		s.tracked(deadline.due(), deadline.id());
		s.letterFiled(file(user, s.getId(), fileName, letter));
		trail.record(AuditAction.CREATE, SUGGESTION, s.getId(), AuditOutcome.SUCCESS, s.getSuggestionNo() + " from "
				+ procuratorate + " " + documentNo + ", reply due " + deadline.due());
		return s;
	}

	/** An item of the rectification plan: the problem it answers, the measure, its owner and its day. */
	public RectificationItem plan(FazhiUser user, long id, String problem, String measure, Long ownerId,
			LocalDate dueOn) {
		var s = handled(user, id);
		if (!s.open()) {
			notNow(s);
		}
		String what = Input.text("problem", problem, 1000, true);
		String how = Input.text("measure", measure, 2000, true);
		var owner = member(user, "ownerId", ownerId);
		if (dueOn == null) {
			throw new RuleViolation("dueOn", "field.required");
		}
		if (dueOn.isBefore(s.getReceivedOn()) || dueOn.getYear() > s.getReceivedOn().getYear() + 5) {
			throw new RuleViolation("dueOn", "contract.date.range");
		}
		int seq = items.findBySuggestionIdOrderBySeq(id).stream().mapToInt(RectificationItem::getSeq).max().orElse(0) + 1;
		var item = items.save(new RectificationItem(id, s.getTenantId(), seq, what, how, owner.accountId(), dueOn));
		s.planned();
		// the suggestion's own version moves with its plan, so two writers adding items at once cannot both pass
		entityManager.lock(s, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		trail.record(AuditAction.UPDATE, SUGGESTION, id, AuditOutcome.SUCCESS, "plan item " + seq + " owned by "
				+ owner.fullName() + ", due " + dueOn);
		return item;
	}

	/** An item done, with what was done and the evidence of rectification; the last one rectifies a replied suggestion. */
	public RectificationItem done(FazhiUser user, long id, long itemId, LocalDate on, String note, String fileName,
			InputStream evidence) {
		var s = handled(user, id);
		var item = items.findById(itemId).filter(i -> i.getSuggestionId() == id)
			.orElseThrow(() -> new NotFound("rectification item", itemId));
		if (item.getDoneOn() != null || s.getState() == State.RECTIFIED) {
			throw new RuleViolation(null, "suggestion.item.done");
		}
		String said = Input.text("note", note, 2000, true);
		LocalDate day = day("on", on, s.getReceivedOn());
		item.done(day, said, file(user, id, fileName, evidence));
		entityManager.lock(s, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		trail.record(AuditAction.UPDATE, SUGGESTION, id, AuditOutcome.SUCCESS, "plan item " + item.getSeq()
				+ " done " + day + (item.getEvidenceFileId() == null ? "" : " with evidence"));
		rectifyWhenDone(s);
		return item;
	}

	/**
	 * The written reply to the procuratorate: it reports the plan, so a suggestion without one cannot be answered; on
	 * time when within the reply period.
	 */
	public ProcuratorialSuggestion reply(FazhiUser user, long id, LocalDate on, String text, String fileName,
			InputStream letter) {
		var s = handled(user, id);
		if (!s.open()) {
			notNow(s);
		}
		if (items.findBySuggestionIdOrderBySeq(id).isEmpty()) {
			throw new RuleViolation(null, "suggestion.reply.noPlan");
		}
		String said = Input.text("replyText", text, 4000, true);
		LocalDate day = day("on", on, s.getReceivedOn());
		boolean onTime = !day.isAfter(s.getReplyDueOn());
		if (s.getReplyDeadlineId() != null) {
			onTime = Boolean.TRUE.equals(deadlines.completeForRecord(user, s.getReplyDeadlineId(), day).completedOnTime());
		}
		s.replied(day, said, onTime, file(user, id, fileName, letter));
		trail.record(AuditAction.STATE_CHANGE, SUGGESTION, id, AuditOutcome.SUCCESS, "replied " + day
				+ (onTime ? ", on time" : ", late"));
		rectifyWhenDone(s);
		return s;
	}

	private void rectifyWhenDone(ProcuratorialSuggestion s) {
		var plan = items.findBySuggestionIdOrderBySeq(s.getId());
		if (s.getState() == State.REPLIED && !plan.isEmpty() && plan.stream().allMatch(i -> i.getDoneOn() != null)) {
			LocalDate last = plan.stream().map(RectificationItem::getDoneOn).max(Comparator.naturalOrder()).orElseThrow();
			s.rectified(last);
			trail.record(AuditAction.STATE_CHANGE, SUGGESTION, s.getId(), AuditOutcome.SUCCESS, "rectified "
					+ s.getRectifiedOn());
		}
	}
}
