package dev.peerdesk.user.boundary;

import dev.peerdesk.platform.errors.Refusal;
import dev.peerdesk.platform.faces.Pages;
import dev.peerdesk.user.control.Caller;
import jakarta.el.MethodExpression;
import jakarta.el.MethodReference;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.ActionSource2;
import jakarta.faces.component.UIViewAction;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.ActionEvent;
import jakarta.faces.event.ActionListener;
import jakarta.faces.event.ActionListenerWrapper;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.peerdesk.user.control.SuspensionGuard;

/**
 * The pages' half of {@link SuspensionGuard}: every command a page sends (a button, a link) passes
 * the application's action listener, and a suspended account's commands stop here with a message,
 * unless the action is {@link AllowedWhileSuspended}. View actions ({@code f:viewAction}) only load
 * a page and always run. The same check refuses an unconfirmed member's commands while the admin
 * requires confirmed addresses, unless the action is {@link AllowedWhileUnverified}.
 */
public class SuspendedActionListener extends ActionListenerWrapper {

    private static final Pattern BEAN_METHOD = Pattern.compile("^#\\{\\s*([A-Za-z_$][\\w$]*)\\.([A-Za-z_$][\\w$]*)\\s*(?:\\(.*\\))?\\s*}$");

    private final ActionListener wrapped;

    public SuspendedActionListener(ActionListener wrapped) {
        this.wrapped = wrapped;
    }

    @Override
    public ActionListener getWrapped() {
        return wrapped;
    }

    @Override
    public void processAction(ActionEvent event) throws AbortProcessingException {
        if (!(event.getComponent() instanceof UIViewAction) && !allowed(event, AllowedWhileSuspended.class)) {
            Caller caller = CDI.current().select(Caller.class).get();
            SuspensionGuard guard = CDI.current().select(SuspensionGuard.class).get();
            var user = caller.optional().orElse(null);
            if (user != null) {
                try {
                    guard.requireActive(user, "page action " + expression(event),
                            !allowed(event, AllowedWhileUnverified.class));
                } catch (Refusal refused) {
                    Pages.error(null, refused.getMessage());
                    FacesContext.getCurrentInstance().renderResponse();
                    return;
                }
            }
        }
        getWrapped().processAction(event);
    }

    private static boolean allowed(ActionEvent event, Class<? extends Annotation> marker) {
        if (!(event.getComponent() instanceof ActionSource2 source) || source.getActionExpression() == null) {
            return false;
        }
        MethodExpression action = source.getActionExpression();
        if (action.isLiteralText()) {
            return true; // plain navigation
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        MethodReference reference = action.getMethodReference(faces.getELContext());
        Object base = reference == null ? null : reference.getBase();
        String name = reference == null ? null : reference.getMethodInfo().getName();
        if (base == null) {
            // EL implementations may not offer method references: "#{bean.method(args)}" names both
            Matcher parts = BEAN_METHOD.matcher(action.getExpressionString());
            if (!parts.matches()) {
                return false;
            }
            base = faces.getApplication().evaluateExpressionGet(faces, "#{" + parts.group(1) + "}", Object.class);
            name = parts.group(2);
        }
        if (base == null) {
            return false;
        }
        // the base is usually a CDI proxy (a subclass): look the method up on the bean's own classes
        for (Class<?> type = base.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Method method : type.getDeclaredMethods()) {
                if (method.getName().equals(name) && method.isAnnotationPresent(marker)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String expression(ActionEvent event) {
        return event.getComponent() instanceof ActionSource2 source && source.getActionExpression() != null
                ? source.getActionExpression().getExpressionString() : event.getComponent().getClientId();
    }
}
