package dev.rustok.runtime.inventory;

import dev.rustok.runtime.shared.FieldProblem;
import dev.rustok.runtime.shared.ResourceConflict;

/**
 * The reservation has already ended in a way that forbids the request (committing a
 * released or expired one, releasing a committed one). Answered with 409; nothing
 * changes.
 */
public final class ReservationClosed extends ResourceConflict {

	ReservationClosed(ReservationId id, String why) {
		super(new FieldProblem("reservationId", "reservation " + id + " " + why));
	}

}
