package dev.peerdesk.user.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a page action that changes nothing (signing out, loading more rows, editing a form before
 * saving it), so that a suspended account may still use it; every other page action is refused
 * for suspended accounts ({@link SuspendedActionListener}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AllowedWhileSuspended {
}
