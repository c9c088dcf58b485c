package org.fazhi.enforcement.internal.matters;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.fazhi.audit.AuditAction;
import org.fazhi.audit.AuditOutcome;
import org.fazhi.audit.AuditTrail;
import org.fazhi.enforcement.DiscretionLevel;
import org.fazhi.enforcement.EnforcementDomain;
import org.fazhi.shared.Actor;
import org.fazhi.shared.NotFound;
import org.fazhi.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue of enforcement matters of a subdistrict: kept by hand or imported from a spreadsheet, where one bad
 * row rejects the whole file and nothing is written. Every matter names its statute and penalty articles, which later
 * steps of a case cite.
 */
@Service
@Transactional
public class MatterCatalogue {

	static final String RECORD_TYPE = "ENFORCEMENT_MATTER";

	/** A refused value: the form field (or sheet column), the message key and its arguments. */
	public record Problem(String field, String messageKey, Object[] arguments) {
	}

	/** A problem of one row of an imported sheet; rows are numbered as the spreadsheet shows them. */
	public record RowProblem(int row, String field, String messageKey, Object[] arguments) {
	}

	public record ImportResult(int created, int updated, List<RowProblem> problems) {

		public boolean accepted() {
			return problems.isEmpty();
		}
	}

	private final EnforcementMatters matters;
	private final AuditTrail trail;

	MatterCatalogue(EnforcementMatters matters, AuditTrail trail) {
		this.matters = matters;
		this.trail = trail;
	}

	@Transactional(readOnly = true)
	public List<EnforcementMatter> list(Actor user, EnforcementDomain domain, String text) {
		return list(user, domain, text, null);
	}

	/** The tenant's matters that pass the filter and, when the list is a figure's drill-down, that it counts. */
	@Transactional(readOnly = true)
	public List<EnforcementMatter> list(Actor user, EnforcementDomain domain, String text,
			org.springframework.data.jpa.domain.Specification<EnforcementMatter> figure) {
		String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
		org.springframework.data.jpa.domain.Specification<EnforcementMatter> own = (root, query, cb) -> cb
			.equal(root.get("tenantId"), user.tenantId());
		java.util.Set<Long> counted = figure == null ? null
				: matters.findAll(own.and(figure)).stream().map(EnforcementMatter::getId)
					.collect(java.util.stream.Collectors.toSet());
		return matters.findByTenantIdOrderByCode(user.tenantId()).stream()
			.filter(m -> counted == null || counted.contains(m.getId()))
			.filter(m -> domain == null || m.getDomain() == domain)
			.filter(m -> needle.isEmpty() || m.getCode().toLowerCase(Locale.ROOT).contains(needle)
					|| m.getName().contains(needle) || m.getStatute().contains(needle))
			.toList();
	}

	@Transactional(readOnly = true)
	public EnforcementMatter get(Actor user, long id) {
		return matters.findByIdAndTenantId(id, user.tenantId()).orElseThrow(() -> new NotFound("matter", id));
	}

	public EnforcementMatter create(Actor user, MatterForm form) {
		refuseFirstProblem(problems(form));
		if (matters.existsByTenantIdAndCode(user.tenantId(), form.getCode())) {
			throw new RuleViolation("code", "matter.code.duplicate", form.getCode());
		}
		var matter = matters.save(new EnforcementMatter(user.tenantId(), form));
		trail.record(AuditAction.CREATE, RECORD_TYPE, matter.getId(), AuditOutcome.SUCCESS, form.getCode());
		return matter;
	}

	public EnforcementMatter update(Actor user, long id, MatterForm form) {
		var matter = get(user, id);
		refuseFirstProblem(problems(form));
		if (matters.existsByTenantIdAndCodeAndIdNot(user.tenantId(), form.getCode(), id)) {
			throw new RuleViolation("code", "matter.code.duplicate", form.getCode());
		}
		matter.apply(form);
		trail.record(AuditAction.UPDATE, RECORD_TYPE, id, AuditOutcome.SUCCESS, form.getCode());
		return matter;
	}

	/** Adds a level of the matter's discretion standard (裁量基准, 行政处罚法 第三十四条). */
	public void addDiscretion(Actor user, long id, DiscretionLevel level, String circumstance, Long fineMin,
			Long fineMax) {
		if (level == null) {
			throw new RuleViolation("level", "discretion.level.required");
		}
		String text = circumstance == null ? null : circumstance.strip();
		if (text == null || text.isEmpty()) {
			throw new RuleViolation("circumstance", "discretion.circumstance.required");
		}
		if (text.length() > 500) {
			throw new RuleViolation("circumstance", "field.tooLong");
		}
		get(user, id).addDiscretion(level, text, fineMin, fineMax);
		trail.record(AuditAction.UPDATE, RECORD_TYPE, id, AuditOutcome.SUCCESS, "discretion " + level + " added");
	}

	public void removeDiscretion(Actor user, long id, long standardId) {
		get(user, id).removeDiscretion(standardId);
		trail.record(AuditAction.UPDATE, RECORD_TYPE, id, AuditOutcome.SUCCESS, "discretion " + standardId + " removed");
	}

	public void setActive(Actor user, long id, boolean active) {
		get(user, id).setActive(active);
		trail.record(AuditAction.STATE_CHANGE, RECORD_TYPE, id, AuditOutcome.SUCCESS,
				active ? "activated" : "deactivated");
	}

	/**
	 * Imports parsed rows: each row adds a matter, or updates the one with the same code. Every row is checked first;
	 * with any problem nothing is written and all problems are returned.
	 */
	public ImportResult importRows(Actor user, List<MatterSheets.Row> rows) {
		List<RowProblem> problems = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		if (rows.isEmpty()) {
			problems.add(new RowProblem(1, null, "matter.import.empty", new Object[0]));
		}
		for (var row : rows) {
			row.problems().forEach(p -> problems.add(new RowProblem(row.number(), p.field(), p.messageKey(),
					p.arguments())));
			// a cell that could not be read is reported once, not again as missing
			Set<String> unreadable = new HashSet<>();
			row.problems().forEach(p -> unreadable.add(p.field()));
			problems(row.form()).stream().filter(p -> !unreadable.contains(p.field()))
				.forEach(p -> problems.add(new RowProblem(row.number(), p.field(), p.messageKey(), p.arguments())));
			String code = row.form().getCode();
			if (code != null && !codes.add(code)) {
				problems.add(new RowProblem(row.number(), "code", "matter.import.codeTwice", new Object[] { code }));
			}
		}
		if (!problems.isEmpty()) {
			trail.record(AuditAction.REFUSED, RECORD_TYPE, null, AuditOutcome.REFUSED,
					"import refused: " + problems.size() + " problems");
			return new ImportResult(0, 0, problems);
		}
		var existing = new java.util.HashMap<String, EnforcementMatter>();
		matters.findByTenantIdOrderByCode(user.tenantId()).forEach(m -> existing.put(m.getCode(), m));
		int created = 0;
		int updated = 0;
		for (var row : rows) {
			var matter = existing.get(row.form().getCode());
			if (matter == null) {
				matters.save(new EnforcementMatter(user.tenantId(), row.form()));
				created++;
			}
			else {
				matter.apply(row.form());
				updated++;
			}
		}
		trail.record(AuditAction.CREATE, RECORD_TYPE, null, AuditOutcome.SUCCESS,
				"import: " + created + " created, " + updated + " updated");
		return new ImportResult(created, updated, List.of());
	}

	/** Every problem of a matter's values. */
	static List<Problem> problems(MatterForm form) {
		List<Problem> problems = new ArrayList<>();
		if (form.getCode() == null) {
			problems.add(new Problem("code", "matter.code.required", new Object[0]));
		}
		else if (!form.getCode().matches("[A-Za-z0-9-]{2,40}")) {
			problems.add(new Problem("code", "matter.code.format", new Object[] { form.getCode() }));
		}
		required(problems, "name", form.getName(), 300);
		if (form.getDomain() == null) {
			problems.add(new Problem("domain", "matter.domain.required", new Object[0]));
		}
		required(problems, "statute", form.getStatute(), 100);
		required(problems, "penaltyArticles", form.getPenaltyArticles(), 200);
		// 行政处罚法 第三十四条、第五十九条: the decision must cite the article that provides the penalty
		if (form.getPenaltyArticles() != null && !form.getPenaltyArticles().matches(".*第.+条.*")) {
			problems.add(new Problem("penaltyArticles", org.fazhi.enforcement.EnforcementRule.MATTER_ARTICLES.messageKey(),
					new Object[] { form.getPenaltyArticles() }));
		}
		required(problems, "penaltyKinds", form.getPenaltyKinds(), 200);
		optional(problems, "violatedArticles", form.getViolatedArticles(), 200);
		optional(problems, "handoverBasis", form.getHandoverBasis(), 300);
		range(problems, "orgFineMax", form.getOrgFineMin(), form.getOrgFineMax());
		range(problems, "personFineMax", form.getPersonFineMin(), form.getPersonFineMax());
		return problems;
	}

	private static void required(List<Problem> problems, String field, String value, int length) {
		if (value == null) {
			problems.add(new Problem(field, "matter." + field + ".required", new Object[0]));
		}
		else {
			optional(problems, field, value, length);
		}
	}

	private static void optional(List<Problem> problems, String field, String value, int length) {
		if (value != null && value.length() > length) {
			problems.add(new Problem(field, "field.tooLong", new Object[0]));
		}
	}

	private static void range(List<Problem> problems, String field, Long min, Long max) {
		if ((min != null && min < 0) || (max != null && max < 0)) {
			problems.add(new Problem(field, "matter.fine.negative", new Object[0]));
		}
		else if (min != null && max != null && min > max) {
			problems.add(new Problem(field, "matter.fine.order", new Object[] { min, max }));
		}
	}

	private static void refuseFirstProblem(List<Problem> problems) {
		if (!problems.isEmpty()) {
			var first = problems.get(0);
			throw new RuleViolation(first.field(), first.messageKey(), first.arguments());
		}
	}
}
