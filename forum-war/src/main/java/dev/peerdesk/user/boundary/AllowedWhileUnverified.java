package dev.peerdesk.user.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page action a member whose e-mail address is not confirmed yet still needs (confirming it,
 * sending the link again, changing the address) while the admin requires confirmed addresses for
 * everything else ({@link SuspendedActionListener}). Suspension still applies.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AllowedWhileUnverified {
}
