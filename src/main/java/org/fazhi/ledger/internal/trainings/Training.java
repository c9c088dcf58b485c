package org.fazhi.ledger.internal.trainings;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.fazhi.ledger.internal.sheets.LedgerEntry;

/**
 * A training session (培训): its kind (执法业务, 法律明白人, 应急第一响应人, 干部学法, 普法骨干), topic, trainer, hours and
 * attendance. Mediators' trainings are kept in the mediation module's activities ledger.
 */
@Entity
@Table(name = "ledger_training")
public class Training extends LedgerEntry {

	public enum TrainingKind {
		ENFORCEMENT, LEGAL_LITERATE, FIRST_RESPONDER, CADRE_STUDY, PUBLICITY_BACKBONE, OTHER
	}

	@Enumerated(EnumType.STRING)
	private TrainingKind trainingKind;
	private String topic;
	private String trainer;
	private int hours;
	private int attendance;

	protected Training() {
	}

	public TrainingKind getTrainingKind() {
		return trainingKind;
	}

	public String getTopic() {
		return topic;
	}

	public String getTrainer() {
		return trainer;
	}

	public int getHours() {
		return hours;
	}

	public int getAttendance() {
		return attendance;
	}
}
