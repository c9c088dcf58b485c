/**
 * Work ledgers of the office (工作台账): the typed records that sections (一), (二), (四) and (七) of the annual report
 * are counted from, kept today in Excel and paper folders: legal consultations and lectures, law publicity events,
 * safety boards and education sites, safety publicity events. Each ledger has a form for one record, a whole-or-nothing
 * XLSX import from its template, an export, attachments, and its figures with drill-down.
 */
package org.fazhi.ledger;
