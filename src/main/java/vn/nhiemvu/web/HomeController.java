package vn.nhiemvu.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.nhiemvu.org.OrgService;
import vn.nhiemvu.org.SignedInUser;

@Controller
class HomeController {

    private final OrgService org;

    HomeController(OrgService org) {
        this.org = org;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("units", org.activeUnits(user));
        if (user.unitId() != null) {
            model.addAttribute("myUnit", org.unit(user, user.unitId()));
        }
        return "home";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
