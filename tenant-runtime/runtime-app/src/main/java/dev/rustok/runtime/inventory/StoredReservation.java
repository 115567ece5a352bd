package dev.rustok.runtime.inventory;

/** A reservation as stored, with the state it is in now. */
record StoredReservation(Reservation.Held reservation, ReservationState state) {

}
