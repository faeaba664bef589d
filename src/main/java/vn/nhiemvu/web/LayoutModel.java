package vn.nhiemvu.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;
import vn.nhiemvu.org.Agency;
import vn.nhiemvu.org.OrgService;
import vn.nhiemvu.org.SignedInUser;

/** What the layout shows on every page: who is signed in, their agency, and the section to highlight. */
@ControllerAdvice
class LayoutModel {

    private final OrgService org;

    LayoutModel(OrgService org) {
        this.org = org;
    }

    @ModelAttribute("currentUser")
    SignedInUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
    }

    @ModelAttribute("currentAgency")
    Agency currentAgency() {
        SignedInUser user = currentUser();
        return user == null ? null : org.agency(user);
    }

    @ModelAttribute("navSection")
    String navSection(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        int next = path.indexOf('/', 1);
        String first = next < 0 ? path.substring(1) : path.substring(1, next);
        return first.isEmpty() ? "home" : first;
    }
}
