package org.fazhi.ledger.internal.trainings;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.fazhi.ledger.internal.sheets.LedgerEntry;

/**
 * One person's attendance of a training (培训签到名册), usually imported from the sign-in sheet: the kind of training,
 * its topic, the person's name and unit, the hours. The report's trained persons are the distinct names and units.
 */
@Entity
@Table(name = "ledger_trained_person")
public class TrainedPerson extends LedgerEntry {

	@Enumerated(EnumType.STRING)
	private Training.TrainingKind trainingKind;
	private String topic;
	private String personName;
	private String unit;
	private int hours;

	protected TrainedPerson() {
	}

	public Training.TrainingKind getTrainingKind() {
		return trainingKind;
	}

	public String getTopic() {
		return topic;
	}

	public String getPersonName() {
		return personName;
	}

	public String getUnit() {
		return unit;
	}

	public int getHours() {
		return hours;
	}
}
