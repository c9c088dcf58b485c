package org.fazhi.deadlines.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface HolidayNoticeRecords extends JpaRepository<HolidayNoticeRecord, Long> {

	@EntityGraph(attributePaths = "days")
	@Query("select n from HolidayNoticeRecord n order by n.year")
	List<HolidayNoticeRecord> findAllWithDays();

	@EntityGraph(attributePaths = "days")
	List<HolidayNoticeRecord> findAllByOrderByYearDesc();

	Optional<HolidayNoticeRecord> findByYear(int year);

	boolean existsByYear(int year);

	/** Changes whenever a notice is added or replaced: the cached calendar is rebuilt when it does. */
	@Query("select count(n) * 1000000 + coalesce(max(n.id), 0) from HolidayNoticeRecord n")
	long revision();
}
