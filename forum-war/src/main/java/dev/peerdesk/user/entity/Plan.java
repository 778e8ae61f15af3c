package dev.peerdesk.user.entity;

/** The customer's support plan; it changes how soon unsolved questions reach support. */
public enum Plan {
    FREE, STANDARD, PREMIUM
}
