package org.fazhi.enforcement.internal.inspections;

import org.fazhi.enforcement.internal.entities.EntityRegister;
import org.fazhi.enforcement.internal.entities.RegulatedEntity;
import org.fazhi.enforcement.internal.cases.CaseDocuments;
import org.fazhi.enforcement.internal.cases.CasePages;
import org.fazhi.enforcement.internal.cases.CaseRecords;
import org.fazhi.enforcement.internal.cases.PenaltyCase;
import org.fazhi.enforcement.internal.figures.FigureBook;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fazhi.audit.Refusals;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.enforcement.EntityCategory;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.shared.Input;
import org.fazhi.shared.NavigationEntry;
import org.fazhi.shared.RuleViolation;
import org.fazhi.shared.SheetWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Inspections and hazards: planned, drawn at random, recorded, rectified or escalated by enforcement officers. */
@Controller
@RequestMapping("/enforcement")
class InspectionPages {

	static final String MAY_INSPECT = "hasAnyRole('ADMIN', 'ENFORCEMENT_OFFICER')";

	private final InspectionWork work;
	private final EntityRegister register;
	private final OrganisationDirectory directory;
	private final Deadlines deadlines;
	private final Refusals refusals;
	private final org.fazhi.audit.AuditTrail trail;
	private final org.fazhi.files.Attachments attachments;
	private final CaseRecords cases;
	private final JointOperations joint;
	private final CaseDocuments documents;

	private final FigureBook figures;

	InspectionPages(InspectionWork work, EntityRegister register, OrganisationDirectory directory, Deadlines deadlines,
			Refusals refusals, org.fazhi.audit.AuditTrail trail, org.fazhi.files.Attachments attachments,
			CaseRecords cases, JointOperations joint, CaseDocuments documents, FigureBook figures) {
		this.figures = figures;
		this.documents = documents;
		this.cases = cases;
		this.joint = joint;
		this.trail = trail;
		this.attachments = attachments;
		this.work = work;
		this.register = register;
		this.directory = directory;
		this.deadlines = deadlines;
		this.refusals = refusals;
	}

	@Bean
	static NavigationEntry inspectionsNavigation() {
		return new NavigationEntry(32, "enforcement", "nav.inspections", "/enforcement/inspections", Set.of(),
				java.util.List.of("/enforcement/hazards"));
	}

	private Map<Long, String> entityNames(FazhiUser user) {
		return names(register.list(user, null, null, null));
	}

	private static Map<Long, String> names(java.util.List<RegulatedEntity> entities) {
		return entities.stream().collect(Collectors.toMap(RegulatedEntity::getId, RegulatedEntity::getName));
	}

	static final int PAGE_SIZE = 50;

	@GetMapping("/inspections")
	String inspections(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) Inspection.State state,
			@RequestParam(required = false) Long community, @RequestParam(required = false) Long officer,
			@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "desc") String order,
			@RequestParam(required = false) String figure, @RequestParam(required = false) Integer figureYear,
			@RequestParam(defaultValue = "false") boolean exact, Model model) {
		var drill = figures.<Inspection>drill(user, figure, figureYear, FigureBook.Kind.INSPECTIONS);
		var filter = new InspectionWork.InspectionFilter(state, community, officer, year, overdue,
				drill.map(FigureBook.Drill::records).orElse(null));
		model.addAttribute("drill", drill.orElse(null));
		// a drill-down this list cannot show (an unknown figure, another list's, a year out of range) says so
		model.addAttribute("figureNotShown", figure != null && drill.isEmpty());
		var sort = "asc".equals(order) ? Sort.by("plannedOn", "id").ascending() : Sort.by("plannedOn", "id").descending();
		var result = org.fazhi.shared.Paging.clamped(page, PAGE_SIZE, sort,
				p -> work.inspections(user, filter, p, exact));
		model.addAttribute("inspections", result.getContent());
		model.addAttribute("page", result);
		model.addAttribute("filter", filter);
		model.addAttribute("order", "asc".equals(order) ? "asc" : "desc");
		model.addAttribute("states", Inspection.State.values());
		var entities = register.list(user, null, null, null);
		model.addAttribute("entityNames", names(entities));
		model.addAttribute("entities", entities.stream().filter(RegulatedEntity::isActive).toList());
		model.addAttribute("officers", work.officers(user));
		model.addAttribute("communities", directory.activeCommunities(user.tenantId()));
		model.addAttribute("categories", EntityCategory.values());
		model.addAttribute("today", deadlines.today());
		return "enforcement/inspections/inspections";
	}

	/** The filtered list as a spreadsheet (POI streaming workbook), in the caller's scope, audited. */
	@GetMapping("/inspections/export")
	void export(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) Inspection.State state,
			@RequestParam(required = false) Long community, @RequestParam(required = false) Long officer,
			@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "false") boolean overdue,
			jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		var filter = new InspectionWork.InspectionFilter(state, community, officer, year, overdue);
		var names = entityNames(user);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"inspections.xlsx\"");
		try (var sheet = new SheetWriter("inspections", "id", "planned_on", "inspected_on", "entity", "officers",
				"state", "draw", "partners", "findings")) {
			long rows = work.forEachInspection(user, filter, i -> sheet.row(i.getId(), i.getPlannedOn(),
					i.getInspectedOn(), names.getOrDefault(i.getEntityId(), ""), i.getOfficerNames(), i.getState(),
					i.getRandomDraw(), i.getPartners(), i.getFindings()));
			trail.record(org.fazhi.audit.AuditAction.EXPORT, InspectionWork.INSPECTION, null,
					org.fazhi.audit.AuditOutcome.SUCCESS, "rows " + rows);
			sheet.writeTo(response.getOutputStream());
		}
	}

	@PostMapping("/inspections/plan")
	@PreAuthorize(MAY_INSPECT)
	String plan(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) Long entityId,
			@RequestParam(required = false) Long officer1Id, @RequestParam(required = false) Long officer2Id,
			@RequestParam(required = false) String plannedOn, RedirectAttributes redirect) {
		return refusals.actThenRedirect(redirect, "/enforcement/inspections", InspectionWork.INSPECTION, null, () -> {
			if (entityId == null || officer1Id == null || officer2Id == null) {
				throw new RuleViolation(null, "inspections.plan.incomplete");
			}
			work.plan(user, entityId, officer1Id, officer2Id, date("plannedOn", plannedOn));
		});
	}

	@PostMapping("/inspections/draw")
	@PreAuthorize(MAY_INSPECT)
	String draw(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) String sampleSize,
			@RequestParam(required = false) Long communityId, @RequestParam(required = false) EntityCategory category,
			@RequestParam(required = false) String plannedOn, RedirectAttributes redirect) {
		return refusals.actThenRedirect(redirect, "/enforcement/inspections", InspectionWork.INSPECTION, null, () -> {
			int size;
			try {
				size = Integer.parseInt(sampleSize == null ? "" : sampleSize.strip());
			}
			catch (NumberFormatException ex) {
				throw new RuleViolation("sampleSize", "inspection.sample.range");
			}
			var drawn = work.drawAtRandom(user, size, communityId, category, date("plannedOn", plannedOn));
			redirect.addFlashAttribute("drawn", drawn.size());
		});
	}

	@GetMapping("/inspections/{id}")
	String inspection(@AuthenticationPrincipal FazhiUser user, @PathVariable long id, Model model) {
		var inspection = work.inspection(user, id);
		model.addAttribute("inspection", inspection);
		model.addAttribute("entity", register.subjectOf(user, inspection.getEntityId()));
		model.addAttribute("hazards", work.hazardsOf(user, id));
		model.addAttribute("severities", Hazard.Severity.values());
		model.addAttribute("attachments", attachments.of(user, InspectionWork.INSPECTION, String.valueOf(id)));
		model.addAttribute("jointLinks", joint.ofInspection(user, id));
		model.addAttribute("partners", JointLink.Partner.values());
		model.addAttribute("today", deadlines.today());
		return "enforcement/inspections/inspection";
	}

	/** Links the inspection to the partner department's record of the same joint operation (联合执法). */
	@PostMapping("/inspections/{id}/partners")
	@PreAuthorize(MAY_INSPECT)
	String linkPartner(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String partner, @RequestParam(required = false) String partnerReference,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return refusals.actThenRedirect(redirect, "/enforcement/inspections/" + id, InspectionWork.INSPECTION, id,
				() -> joint.linkInspection(user, id, CasePages.enumOf(JointLink.Partner.class, "partner", partner),
						partnerReference, note));
	}

	@PostMapping("/inspections/{id}/record")
	@PreAuthorize(MAY_INSPECT)
	String record(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String inspectedOn, @RequestParam(required = false) String findings,
			@RequestParam(required = false) String partners, RedirectAttributes redirect) {
		return refusals.actThenRedirect(redirect, "/enforcement/inspections/" + id, InspectionWork.INSPECTION, id,
				() -> work.record(user, id, date("inspectedOn", inspectedOn), findings, partners));
	}

	@PostMapping("/inspections/{id}/attachments")
	@PreAuthorize(MAY_INSPECT)
	String attach(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) org.springframework.web.multipart.MultipartFile file,
			RedirectAttributes redirect) {
		return refusals.actThenRedirect(redirect, "/enforcement/inspections/" + id, InspectionWork.INSPECTION, id, () -> {
			if (file == null || file.isEmpty()) {
				throw new RuleViolation("file", "file.empty");
			}
			try (var content = file.getInputStream()) {
				attachments.attach(user, InspectionWork.INSPECTION, String.valueOf(id), file.getOriginalFilename(), content);
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
	}

	@PostMapping("/inspections/{id}/hazards")
	@PreAuthorize(MAY_INSPECT)
	String orderRectification(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String description,
			@RequestParam(required = false) Hazard.Severity severity, @RequestParam(required = false) String days,
			RedirectAttributes redirect) {
		return refusals.actThenRedirect(redirect, "/enforcement/inspections/" + id, InspectionWork.HAZARD, null, () -> {
			int period;
			try {
				period = Integer.parseInt(days == null ? "" : days.strip());
			}
			catch (NumberFormatException ex) {
				throw new RuleViolation("days", "hazard.days.range", InspectionWork.MAXIMUM_RECTIFY_DAYS);
			}
			work.orderRectification(user, id, description, severity, period);
		});
	}

	@GetMapping("/hazards")
	String hazards(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) Hazard.State state,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Long community,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) String figure, @RequestParam(required = false) Integer figureYear,
			@RequestParam(defaultValue = "false") boolean exact, Model model) {
		var drill = figures.<Hazard>drill(user, figure, figureYear, FigureBook.Kind.HAZARDS);
		var filter = new InspectionWork.HazardFilter(state, year, community, overdue,
				drill.map(FigureBook.Drill::records).orElse(null));
		model.addAttribute("drill", drill.orElse(null));
		// a drill-down this list cannot show (an unknown figure, another list's, a year out of range) says so
		model.addAttribute("figureNotShown", figure != null && drill.isEmpty());
		var result = org.fazhi.shared.Paging.clamped(page, PAGE_SIZE, Sort.by("orderedOn", "id").descending(),
				p -> work.hazards(user, filter, p, exact));
		model.addAttribute("filter", filter);
		model.addAttribute("communities", directory.activeCommunities(user.tenantId()));
		model.addAttribute("hazards", result.getContent());
		model.addAttribute("page", result);
		model.addAttribute("selectedState", state);
		model.addAttribute("year", year);
		model.addAttribute("states", Hazard.State.values());
		model.addAttribute("entityNames", entityNames(user));
		var deadlineIds = result.getContent().stream().map(Hazard::getDeadlineId).filter(java.util.Objects::nonNull)
			.toList();
		model.addAttribute("deadlines", deadlines.visibleTo(user, deadlineIds).stream()
			.collect(Collectors.toMap(d -> d.id(), Function.identity())));
		var escalated = result.getContent().stream().filter(h -> h.getState() == Hazard.State.ESCALATED)
			.map(Hazard::getId).toList();
		model.addAttribute("casesOfHazards", escalated.isEmpty() ? Map.of()
				: cases.findByTenantIdAndHazardIdIn(user.tenantId(), escalated).stream()
					.collect(Collectors.toMap(PenaltyCase::getHazardId, PenaltyCase::getId, (a, b) -> a)));
		model.addAttribute("today", deadlines.today());
		return "enforcement/inspections/hazards";
	}

	/** The filtered hazard list as a spreadsheet (POI streaming workbook), in the caller's scope, audited. */
	@GetMapping("/hazards/export")
	void exportHazards(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) Hazard.State state,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Long community,
			@RequestParam(defaultValue = "false") boolean overdue, jakarta.servlet.http.HttpServletResponse response)
			throws java.io.IOException {
		var names = entityNames(user);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"hazards.xlsx\"");
		try (var sheet = new SheetWriter("hazards", "id", "ordered_on", "entity", "description", "severity",
				"rectify_days", "state", "closed_on", "notice_no")) {
			long rows = work.forEachHazard(user, new InspectionWork.HazardFilter(state, year, community, overdue),
					h -> sheet.row(h.getId(), h.getOrderedOn(), names.getOrDefault(h.getEntityId(), ""),
							h.getDescription(), h.getSeverity(), h.getRectifyDays(), h.getState(), h.getClosedOn(),
							h.getNoticeNo()));
			trail.record(org.fazhi.audit.AuditAction.EXPORT, InspectionWork.HAZARD, null,
					org.fazhi.audit.AuditOutcome.SUCCESS, "rows " + rows);
			sheet.writeTo(response.getOutputStream());
		}
	}

	/** The rectification order of a hazard as a DOCX (GB/T 9704), attached to its inspection. */
	@PostMapping("/hazards/{id}/notice")
	@PreAuthorize(MAY_INSPECT)
	String rectificationNotice(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			RedirectAttributes redirect) {
		var hazard = work.hazard(user, id);
		return refusals.actThenRedirect(redirect, "/enforcement/inspections/" + hazard.getInspectionId(),
				InspectionWork.HAZARD, id, () -> documents.rectificationNotice(user, id));
	}

	@PostMapping("/hazards/{id}/rectified")
	@PreAuthorize(MAY_INSPECT)
	String rectified(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String on, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return refusals.actThenRedirect(redirect, "/enforcement/hazards", InspectionWork.HAZARD, id,
				() -> work.rectified(user, id, date("on", on), note));
	}

	@PostMapping("/hazards/{id}/escalate")
	@PreAuthorize(MAY_INSPECT)
	String escalate(@AuthenticationPrincipal FazhiUser user, @PathVariable long id,
			@RequestParam(required = false) String on, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return refusals.actThenRedirect(redirect, "/enforcement/hazards", InspectionWork.HAZARD, id,
				() -> work.escalate(user, id, date("on", on), note));
	}

	private static java.time.LocalDate date(String field, String value) {
		return Input.date(field, value);
	}
}
