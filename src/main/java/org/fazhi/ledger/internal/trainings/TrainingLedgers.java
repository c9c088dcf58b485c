package org.fazhi.ledger.internal.trainings;

import java.util.List;
import java.util.Set;

import org.fazhi.ledger.internal.LedgerRecords;
import org.fazhi.ledger.internal.sheets.Column;
import org.fazhi.ledger.internal.sheets.Ledger;
import org.fazhi.ledger.internal.sheets.Ledger.FigureDef;
import org.fazhi.ledger.internal.sheets.LedgerOwner;
import org.fazhi.organisation.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.domain.Specification;

/**
 * The ledgers of trainings: the sessions (kind, topic, trainer, hours, attendance) and the sign-in roster of the
 * persons trained. The report's first responders (应急第一响应人) are the roster's distinct persons, not a typed count.
 */
@Configuration(proxyBeanMethods = false)
class TrainingLedgers {

	static final String TRAININGS = "ledger_trainings";
	static final String ENFORCEMENT = "ledger_trainings_enforcement";
	static final String LEGAL_LITERATE = "ledger_trainings_legal_literate";
	static final String HOURS = "ledger_training_hours";
	static final String FIRST_RESPONDERS = "ledger_first_responders";
	static final String PERSONS = "ledger_trained_persons";

	private static Specification<Training> session(Training.TrainingKind kind) {
		return (root, query, cb) -> cb.equal(root.get("trainingKind"), kind);
	}

	@Bean
	Ledger<Training> trainingLedger(Trainings records) {
		return new Ledger<>("trainings", LedgerRecords.TRAINING, "ledger_training", records, List.of(
				Column.<Training>choice("trainingKind", "training_kind", Training.TrainingKind.class,
						Training::getTrainingKind),
				Column.<Training>text("topic", "topic", 200, true, Training::getTopic),
				Column.<Training>text("trainer", "trainer", 100, true, Training::getTrainer),
				Column.<Training>number("hours", "hours", 100, Training::getHours),
				Column.<Training>number("attendance", "attendance", 100_000, Training::getAttendance)),
				"trainingKind", false, Set.of(Role.LEGAL_OFFICER, Role.ENFORCEMENT_OFFICER, Role.COMMUNITY_WORKER),
				List.of(FigureDef.count(TRAININGS, null),
						FigureDef.count(ENFORCEMENT, session(Training.TrainingKind.ENFORCEMENT)),
						FigureDef.count(LEGAL_LITERATE, session(Training.TrainingKind.LEGAL_LITERATE)),
						FigureDef.sum(HOURS, "HOURS", "hours", null)),
				65);
	}

	@Bean
	LedgerOwner trainingOwner(Ledger<Training> trainingLedger) {
		return new LedgerOwner(trainingLedger);
	}

	static final String ENFORCEMENT_TRAINED = "ledger_enforcement_officers_trained";
	static final String ENFORCEMENT_HOURS_MET = "ledger_enforcement_officers_hours_met";

	@Bean
	Ledger<TrainedPerson> trainedPersonLedger(TrainedPersons records,
			@org.springframework.beans.factory.annotation.Value("${fazhi.ledger.enforcement-training-hours:60}") int requiredHours) {
		Specification<TrainedPerson> firstResponders = (root, query, cb) -> cb.equal(root.get("trainingKind"),
				Training.TrainingKind.FIRST_RESPONDER);
		Specification<TrainedPerson> enforcement = (root, query, cb) -> cb.equal(root.get("trainingKind"),
				Training.TrainingKind.ENFORCEMENT);
		return new Ledger<>("trained-persons", LedgerRecords.TRAINED_PERSON, "ledger_trained_person", records,
				List.of(Column.<TrainedPerson>choice("trainingKind", "training_kind", Training.TrainingKind.class,
						TrainedPerson::getTrainingKind),
						Column.<TrainedPerson>text("topic", "topic", 200, true, TrainedPerson::getTopic),
						Column.<TrainedPerson>text("personName", "person_name", 50, true, TrainedPerson::getPersonName),
						Column.<TrainedPerson>text("unit", "unit", 100, true, TrainedPerson::getUnit),
						Column.<TrainedPerson>number("hours", "hours", 24, TrainedPerson::getHours)),
				"trainingKind", false, Set.of(Role.LEGAL_OFFICER, Role.ENFORCEMENT_OFFICER, Role.COMMUNITY_WORKER),
				List.of(FigureDef.distinct(PERSONS, "PERSONS", List.of("personName", "unit"), null),
						FigureDef.distinct(FIRST_RESPONDERS, "PERSONS", List.of("personName", "unit"), firstResponders),
						FigureDef.distinct(ENFORCEMENT_TRAINED, "PERSONS", List.of("personName", "unit"), enforcement),
						FigureDef.reaching(ENFORCEMENT_HOURS_MET, "PERSONS", List.of("personName", "unit"), "hours",
								requiredHours, enforcement)),
				66);
	}

	@Bean
	LedgerOwner trainedPersonOwner(Ledger<TrainedPerson> trainedPersonLedger) {
		return new LedgerOwner(trainedPersonLedger);
	}

	@Bean
	org.fazhi.shared.NavigationEntry trainingNavigation(Ledger<Training> trainingLedger) {
		return trainingLedger.navigation();
	}

	@Bean
	org.fazhi.shared.NavigationEntry trainedPersonNavigation(Ledger<TrainedPerson> trainedPersonLedger) {
		return trainedPersonLedger.navigation();
	}
}
