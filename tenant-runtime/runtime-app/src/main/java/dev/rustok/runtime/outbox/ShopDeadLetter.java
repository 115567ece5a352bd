package dev.rustok.runtime.outbox;

/** A dead letter and the shop whose event it is, for the platform's view across shops. */
record ShopDeadLetter(String shop, DeadLetter letter) {

}
