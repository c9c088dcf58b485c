package org.fazhi.legal.internal.opinions;

import java.io.InputStream;
import java.time.LocalDate;

import jakarta.persistence.EntityManager;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.documents.DocumentNumbers;
import org.fazhi.files.Attachments;
import org.fazhi.legal.internal.LegalRecords;
import org.fazhi.organisation.DataScopes;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.organisation.Role;
import org.fazhi.shared.CappedPage;
import org.fazhi.shared.Input;
import org.fazhi.shared.RuleViolation;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal opinions (法律意见书): recorded by the lawyer who wrote one (as its author) or by the justice office (naming the
 * lawyer), with the question, the opinion, the day and the signed file; numbered per year; read within the scope.
 */
@Service
@Transactional
public class OpinionWork {

	public static final String OPINION = "LEGAL_OPINION";

	public record Record(LegalOpinion.Subject subject, String subjectRef, String question, String opinion, Long authorId,
			LocalDate givenOn) {
	}

	private final LegalOpinions opinions;
	private final OrganisationDirectory directory;
	private final Attachments attachments;
	private final DocumentNumbers numbers;
	private final AuditTrail trail;
	private final EntityManager entityManager;
	private final org.fazhi.deadlines.Deadlines deadlines;

	OpinionWork(LegalOpinions opinions, OrganisationDirectory directory, Attachments attachments,
			DocumentNumbers numbers, AuditTrail trail, EntityManager entityManager,
			org.fazhi.deadlines.Deadlines deadlines) {
		this.opinions = opinions;
		this.directory = directory;
		this.attachments = attachments;
		this.numbers = numbers;
		this.trail = trail;
		this.entityManager = entityManager;
		this.deadlines = deadlines;
	}

	/** The lawyers record their own opinions; the justice office records one for a lawyer. */
	public static boolean mayRecord(FazhiUser user) {
		return user.hasRole(Role.LEGAL_ADVISOR) || user.hasRole(Role.LEGAL_OFFICER);
	}

	@Transactional(readOnly = true)
	public CappedPage<LegalOpinion> page(FazhiUser user, Integer year, Specification<LegalOpinion> figure,
			Pageable page, boolean exact) {
		Specification<LegalOpinion> readable = DataScopes.readable(user, LegalRecords.OPINION);
		if (year != null) {
			readable = readable.and((root, query, cb) -> cb.and(
					cb.greaterThanOrEqualTo(root.get("givenOn"), LocalDate.of(year, 1, 1)),
					cb.lessThan(root.get("givenOn"), LocalDate.of(year + 1, 1, 1))));
		}
		if (figure != null) {
			readable = readable.and(figure);
		}
		return CappedPage.read(opinions, entityManager, LegalOpinion.class, readable, page, exact);
	}

	public LegalOpinion record(FazhiUser user, Record in, String fileName, InputStream file) {
		if (!mayRecord(user)) {
			throw new AccessDeniedException("the lawyers and the justice office record legal opinions");
		}
		if (in.subject() == null) {
			throw new RuleViolation("subject", "field.required");
		}
		String question = Input.trim(in.question());
		String text = Input.trim(in.opinion());
		if (question == null) {
			throw new RuleViolation("question", "field.required");
		}
		if (text == null) {
			throw new RuleViolation("opinion", "field.required");
		}
		String ref = Input.trim(in.subjectRef());
		if (question.length() > 2000 || text.length() > 8000 || (ref != null && ref.length() > 100)) {
			throw new RuleViolation("opinion", "field.tooLong");
		}
		long author;
		if (user.hasRole(Role.LEGAL_ADVISOR)) {
			author = user.accountId();
		}
		else {
			if (in.authorId() == null) {
				throw new RuleViolation("authorId", "field.required");
			}
			author = directory.activeStaff(user.tenantId()).stream()
				.filter(s -> s.role() == Role.LEGAL_ADVISOR && s.accountId() == in.authorId()).findFirst()
				.orElseThrow(() -> new RuleViolation("authorId", "contract.lawyer.unknown")).accountId();
		}
		LocalDate on = in.givenOn() == null ? deadlines.today() : in.givenOn();
		if (on.isAfter(deadlines.today()) || on.getYear() < 2000) {
			throw new RuleViolation("givenOn", "contract.date.range");
		}
		int n = numbers.next(user.tenantId(), "LEGAL-OPINION", on.getYear());
		var opinion = opinions.save(new LegalOpinion(user.tenantId(), user.departmentId(),
				"（" + on.getYear() + "）法律意见第" + n + "号", in.subject(), ref, question, text, author, on,
				user.accountId()));
		if (file != null && Input.trim(fileName) != null) {
			opinion.filed(attachments.attach(user, OPINION, String.valueOf(opinion.getId()), fileName, file).id());
		}
		trail.record(AuditAction.CREATE, OPINION, opinion.getId(), AuditOutcome.SUCCESS,
				opinion.getOpinionNo() + " " + in.subject().name().toLowerCase(java.util.Locale.ROOT));
		return opinion;
	}
}
