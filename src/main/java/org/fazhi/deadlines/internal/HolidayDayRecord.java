package org.fazhi.deadlines.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.fazhi.deadlines.HolidayCalendar;

/** A day a notice names: a holiday or a make-up working day. */
@Entity
@Table(name = "holiday_day")
public class HolidayDayRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private HolidayNoticeRecord notice;
	@Column(name = "holiday_date")
	private LocalDate date;
	private String name;
	private boolean offDay;

	protected HolidayDayRecord() {
	}

	HolidayDayRecord(HolidayNoticeRecord notice, LocalDate date, String name, boolean offDay) {
		this.notice = notice;
		this.date = date;
		this.name = name;
		this.offDay = offDay;
	}

	HolidayCalendar.NoticeDay toNoticeDay() {
		return new HolidayCalendar.NoticeDay(date, name, offDay);
	}
}
