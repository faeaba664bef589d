package vn.nhiemvu.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page; the home page after login is the task dashboard. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
