package org.fazhi.legal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fazhi.legal.internal.contracts.ContractReview;
import org.fazhi.legal.internal.contracts.ContractWork;
import org.fazhi.organisation.FazhiUser;
import org.fazhi.organisation.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the workbench's to-do centre: the contract reviews waiting for the user's step, read within the user's scope
 * like every other read of them — the justice office's to assign, the lawyer's to answer, the department's to revise.
 */
@Service
@Transactional(readOnly = true)
public class LegalAgenda {

	/** How many the workbench lists. */
	public static final int SHOWN = 10;

	/** A review waiting for the user, and the step it waits for ({@code stepKey}, a message key). */
	public record ContractToDo(long id, String reviewNo, String title, LocalDate submittedOn, String stepKey) {
	}

	private final ContractWork work;

	LegalAgenda(ContractWork work) {
		this.work = work;
	}

	public List<ContractToDo> contractsFor(FazhiUser user) {
		List<ContractToDo> todo = new ArrayList<>();
		if (user.hasRole(Role.LEGAL_OFFICER)) {
			add(todo, user, ContractReview.State.SUBMITTED, null, null, "workbench.contract.assign");
		}
		if (user.hasRole(Role.LEGAL_ADVISOR)) {
			add(todo, user, ContractReview.State.IN_REVIEW, null, user.accountId(), "workbench.contract.opinion");
		}
		if (ContractWork.maySubmit(user)) {
			// the department's own contracts returned for changes
			add(todo, user, ContractReview.State.RETURNED, user.departmentId(), null, "workbench.contract.revise");
		}
		return todo.size() > SHOWN ? todo.subList(0, SHOWN) : todo;
	}

	private void add(List<ContractToDo> todo, FazhiUser user, ContractReview.State state, Long department, Long lawyer,
			String step) {
		var page = work.page(user, new ContractWork.ContractFilter(state, null, department, lawyer, null, null, null, null),
				PageRequest.of(0, SHOWN, Sort.by("submittedOn", "id")), false);
		page.getContent().forEach(c -> todo.add(new ContractToDo(c.getId(), c.getReviewNo(), c.getTitle(),
				c.getSubmittedOn(), step)));
	}
}
