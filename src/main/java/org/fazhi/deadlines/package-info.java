/**
 * Deadlines: the statutory holiday calendar, period arithmetic with the article behind each rule, and the tracking of
 * every record's deadlines (due soon, overdue, paused, extended, met).
 */
package org.fazhi.deadlines;
