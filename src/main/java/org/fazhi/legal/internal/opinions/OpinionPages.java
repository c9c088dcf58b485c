package org.fazhi.legal.internal.opinions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.fazhi.audit.Refusals;
import org.fazhi.legal.internal.figures.LegalFigureBook;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.OrganisationDirectory;
import org.fazhi.organisation.Role;
import org.fazhi.shared.Input;
import org.fazhi.shared.NavigationEntry;
import org.fazhi.shared.Paging;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The register of legal opinions, its figure's drill-down, and the form the lawyers and the justice office record with. */
@Controller
class OpinionPages {

	static final String MAY_READ = "hasAnyRole('ADMIN', 'LEADER', 'LEGAL_OFFICER', 'ENFORCEMENT_OFFICER',"
			+ " 'LEGAL_REVIEWER', 'LEGAL_ADVISOR', 'COMMUNITY_WORKER', 'AUDITOR')";
	static final String MAY_RECORD = "hasAnyRole('LEGAL_OFFICER', 'LEGAL_ADVISOR')";

	private final OpinionWork work;
	private final OrganisationDirectory directory;
	private final LegalFigureBook figures;
	private final Refusals refusals;

	OpinionPages(OpinionWork work, OrganisationDirectory directory, LegalFigureBook figures, Refusals refusals) {
		this.work = work;
		this.directory = directory;
		this.figures = figures;
		this.refusals = refusals;
	}

	@Bean
	static NavigationEntry opinionsNavigation() {
		return new NavigationEntry(61, "legal", "nav.opinions", "/legal/opinions", Set.of("ADMIN", "LEADER",
				"LEGAL_OFFICER", "ENFORCEMENT_OFFICER", "LEGAL_REVIEWER", "LEGAL_ADVISOR", "COMMUNITY_WORKER", "AUDITOR"));
	}

	@GetMapping("/legal/opinions")
	@PreAuthorize(MAY_READ)
	String list(@AuthenticationPrincipal FazhiUser user, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String figure,
			@RequestParam(required = false) Integer figureYear, @RequestParam(defaultValue = "false") boolean exact,
			Model model) {
		var drill = figures.opinionDrill(user, figure, figureYear);
		Integer shown = year == null || year < 2000 || year > 2100 ? null : year;
		var result = Paging.clamped(page, 50, Sort.by("givenOn", "id").descending(), p -> work.page(user, shown,
				drill.map(LegalFigureBook.Drill::records).orElse(null), p, exact));
		model.addAttribute("drill", drill.orElse(null));
		model.addAttribute("figureNotShown", figure != null && drill.isEmpty());
		model.addAttribute("opinions", result.getContent());
		model.addAttribute("page", result);
		model.addAttribute("year", shown);
		Map<Long, String> names = new HashMap<>();
		directory.activeStaff(user.tenantId()).forEach(s -> names.put(s.accountId(), s.fullName()));
		model.addAttribute("names", names);
		model.addAttribute("subjects", LegalOpinion.Subject.values());
		model.addAttribute("mayRecord", OpinionWork.mayRecord(user));
		model.addAttribute("chooseAuthor", user.hasRole(Role.LEGAL_OFFICER));
		model.addAttribute("lawyers", directory.activeStaff(user.tenantId()).stream()
			.filter(s -> s.role() == Role.LEGAL_ADVISOR).toList());
		return "legal/opinions/opinions";
	}

	@PostMapping("/legal/opinions")
	@PreAuthorize(MAY_RECORD)
	String record(@AuthenticationPrincipal FazhiUser user, @RequestParam Map<String, String> form,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
		return refusals.actThenRedirect(redirect, "/legal/opinions", OpinionWork.OPINION, null, () -> {
			var in = new OpinionWork.Record(Input.choice(LegalOpinion.Subject.class, "subject", form.get("subject")),
					form.get("subjectRef"), form.get("question"), form.get("opinion"),
					Input.number("authorId", form.get("authorId")),
					Input.trim(form.get("givenOn")) == null ? null : Input.date("givenOn", form.get("givenOn")));
			if (file == null || file.isEmpty()) {
				work.record(user, in, null, null);
				return;
			}
			try (var content = file.getInputStream()) {
				work.record(user, in, file.getOriginalFilename(), content);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}
}
