/**
 * Working days as Dutch offices count them, and the deadline by which a lead partner must accept a case before it
 * is escalated to the RMT desk. Dates are Europe/Amsterdam dates: a case assigned late on a Friday evening in
 * Amsterdam was assigned on Friday, whatever the UTC date.
 */
package nl.rmt.intake.domain.calendar;
