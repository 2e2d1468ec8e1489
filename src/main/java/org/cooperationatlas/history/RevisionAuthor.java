package org.cooperationatlas.history;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the signed-in user; changes made by the application itself (migrations, start-up) say so. */
public class RevisionAuthor implements RevisionListener {

    public static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revision) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean person = authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        ((AtlasRevision) revision).setUsername(person ? authentication.getName() : SYSTEM);
    }
}
