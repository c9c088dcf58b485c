package org.fazhi.deadlines.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/** A loaded State Council holiday notice: its year, where it was published, who loaded it. */
@Entity
@Table(name = "holiday_notice")
public class HolidayNoticeRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@Column(name = "notice_year")
	private int year;
	private String sources;
	private boolean bundled;
	private Instant loadedAt = Instant.now();
	private String loadedBy;
	@OneToMany(mappedBy = "notice", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<HolidayDayRecord> days = new ArrayList<>();

	protected HolidayNoticeRecord() {
	}

	HolidayNoticeRecord(HolidayNotices.Notice notice, boolean bundled, String loadedBy) {
		this.year = notice.year();
		this.sources = String.join("\n", notice.sources());
		this.bundled = bundled;
		this.loadedBy = loadedBy;
		notice.days().forEach(day -> days.add(new HolidayDayRecord(this, day.date(), day.name(), day.offDay())));
	}

	HolidayNotices.Notice toNotice() {
		return new HolidayNotices.Notice(year, List.of(sources.split("\n")),
				days.stream().map(HolidayDayRecord::toNoticeDay).toList());
	}

	public Long getId() {
		return id;
	}

	public int getYear() {
		return year;
	}

	public List<String> getSourceList() {
		return List.of(sources.split("\n"));
	}

	public boolean isBundled() {
		return bundled;
	}

	public Instant getLoadedAt() {
		return loadedAt;
	}

	public String getLoadedBy() {
		return loadedBy;
	}

	public int getDayCount() {
		return days.size();
	}
}
